package org.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import org.casebook.account.CurrentUser;

/** Who made a change, for the history: the signed-in account, or the holder of the API token used. */
public final class Actors {
    private Actors() {
    }

    public static String api(HttpServletRequest request) {
        return CurrentUser.name();
    }

    public static String page() {
        return CurrentUser.name();
    }
}
