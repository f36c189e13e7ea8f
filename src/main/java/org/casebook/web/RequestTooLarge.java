package org.casebook.web;

import java.io.IOException;

class RequestTooLarge extends IOException {
    public RequestTooLarge(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }
}
