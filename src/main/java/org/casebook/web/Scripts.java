package org.casebook.web;

/**
 * The {@code lang} of a name from its script (ISO 15924), so browsers pick a font that has its letters: the
 * language of a name is seldom known, its script always is ("und" says so). Chinese names are Simplified, as in
 * the documents they come from.
 */
public final class Scripts {
    private Scripts() {}

    public static String lang(String script) {
        if (script == null || !script.matches("[A-Z][a-z]{3}")) {
            return null;
        }
        return switch (script) {
            case "Hani", "Hans" -> "zh-Hans";
            case "Hant" -> "zh-Hant";
            default -> "und-" + script;
        };
    }
}
