package org.casebook.records;

/** A SQL LIKE pattern that finds the text anywhere, its own %, _ and backslash taken literally (ESCAPE backslash). */
public final class LikePattern {
    private LikePattern() {}

    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
