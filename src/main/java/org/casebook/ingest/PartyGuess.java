package org.casebook.ingest;

import java.util.Locale;

/** A first guess at the party behind an asserter, for the editor to correct on the review page. */
final class PartyGuess {
    private PartyGuess() {}

    static String of(String asserter) {
        String a = asserter == null ? "" : asserter.toLowerCase(Locale.ROOT);
        if (a.endsWith("(narrator)")) {
            return "media";
        }
        if (a.contains("state media")
                || a.contains("radio")
                || a.contains("xinhua")
                || a.contains("cgtn")
                || a.contains("global times")) {
            return "state_media";
        }
        if (a.contains("china")
                || a.contains("chinese")
                || a.contains("beijing")
                || a.contains("ambassador")
                || a.contains("ministry")
                || a.contains("spokesperson")
                || a.contains("xinjiang")) {
            return "state";
        }
        if (a.contains("activist") || a.contains("rights group") || a.contains("amnesty") || a.contains("watch")) {
            return "ngo";
        }
        if (a.contains("daughter")
                || a.contains("son")
                || a.contains("relative")
                || a.contains("family")
                || a.contains("brother")
                || a.contains("sister")
                || a.contains("wife")
                || a.contains("husband")) {
            return "family";
        }
        if (a.contains("turkey")
                || a.contains("united states")
                || a.contains("state department")
                || a.contains("government")) {
            return "foreign_government";
        }
        return "unknown";
    }
}
