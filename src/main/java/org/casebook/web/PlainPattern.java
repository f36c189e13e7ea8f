package org.casebook.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A message whose every placeholder is a plain {@code {name}} and which quotes nothing (an apostrophe stands for
 * itself), filled from text values and
 * whole numbers without ICU: for text, ICU's result is the pattern with each value put in place, and a page asks for
 * hundreds of such messages. Whole numbers are written by the language's {@link Numerals} when it has them; other
 * numbers, dates, plurals and anything quoted stay with ICU.
 */
final class PlainPattern {
    private final List<String> literals;
    private final List<String> names;
    private final Numerals numerals;

    private PlainPattern(List<String> literals, List<String> names, Numerals numerals) {
        this.literals = literals;
        this.names = names;
        this.numerals = numerals;
    }

    /** The pattern taken apart, or null when it is not plain; its numbers are left to ICU. */
    static PlainPattern of(String pattern) {
        return of(pattern, null);
    }

    /** The pattern taken apart, its whole numbers written by a language's numerals (none: left to ICU). */
    static PlainPattern of(String pattern, Numerals numerals) {
        if (!apostrophesAreLiteral(pattern)) {
            return null;
        }
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                return null;
            }
            String name = pattern.substring(open + 1, close);
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                return null;
            }
            literals.add(pattern.substring(from, open));
            names.add(name);
            from = close + 1;
        }
        if (pattern.indexOf('}', from) >= 0) {
            return null;
        }
        literals.add(pattern.substring(from));
        return new PlainPattern(List.copyOf(literals), List.copyOf(names), numerals);
    }

    /**
     * Whether every apostrophe stands for itself: ICU reads one as the start of quoted text only before another
     * apostrophe or a character of its syntax ("Casebook's log" is plain; "'{'" and "''" are not).
     */
    private static boolean apostrophesAreLiteral(String pattern) {
        for (int at = pattern.indexOf('\''); at >= 0; at = pattern.indexOf('\'', at + 1)) {
            if (at + 1 < pattern.length() && "'{}#|".indexOf(pattern.charAt(at + 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The message filled from name–value pairs, or null when a placeholder's value is missing or is neither text nor
     * a whole number this pattern's numerals write (ICU formats those).
     */
    String fill(Object... namesAndValues) {
        StringBuilder out = new StringBuilder(literals.getFirst());
        for (int i = 0; i < names.size(); i++) {
            CharSequence value = textOf(names.get(i), namesAndValues);
            if (value == null) {
                return null;
            }
            out.append(value).append(literals.get(i + 1));
        }
        return out.toString();
    }

    private CharSequence textOf(String name, Object[] namesAndValues) {
        CharSequence found = null;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (name.equals(String.valueOf(namesAndValues[i]))) {
                // Not a switch with guarded cases: the formatter cannot read those yet.
                Object value = namesAndValues[i + 1];
                if (value instanceof CharSequence text) {
                    found = text;
                } else if (numerals != null && value instanceof Integer number) {
                    found = numerals.format(number);
                } else if (numerals != null && value instanceof Long number) {
                    found = numerals.format(number);
                } else {
                    found = null;
                }
            }
        }
        return found;
    }
}
