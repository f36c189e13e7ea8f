package org.casebook.prooflife;

import org.casebook.web.FormErrors;

/** The request page: the request when there is one, what the form holds, and what was wrong with it. */
public record LifeRequestPage(LifeRequest request, String personId, LifeRequestCommand values, FormErrors errors) {}
