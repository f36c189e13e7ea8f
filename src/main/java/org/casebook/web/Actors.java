package org.casebook.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who made a change, for the history. Until accounts exist every change is attributed to the channel it came
 * through, with a name an API client may give in the {@code Casebook-Actor} header.
 */
public final class Actors {
    public static final String HEADER = "Casebook-Actor";

    private Actors() {
    }

    public static String api(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        if (given == null || given.isBlank()) {
            return "api";
        }
        String cleaned = given.strip().replaceAll("\\p{Cntrl}", "");
        return "api:" + (cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned);
    }

    public static String page() {
        return "web";
    }
}
