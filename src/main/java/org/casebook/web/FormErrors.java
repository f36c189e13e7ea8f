package org.casebook.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.records.InvalidInput;

/** The problems of a form by field name, first message per field, in the order they were found. */
public record FormErrors(Map<String, String> byField) {
    public static final FormErrors NONE = new FormErrors(Map.of());

    /** A list index in a field's name: the [1] of names[1].text. */
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** The problems for a documenters' page: in its language where a problem has a key, in English otherwise. */
    public static FormErrors of(InvalidInput e) {
        return said(e, Texts::appText);
    }

    /** The problems in the reader's language, for pages that are translated; untranslated ones stay in English. */
    public static FormErrors translated(InvalidInput e) {
        return said(e, Texts::t);
    }

    private static FormErrors said(InvalidInput e, BiFunction<String, Object[], String> text) {
        Map<String, String> map = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> map.putIfAbsent(
                        p.field(),
                        p.key() == null
                                ? p.message()
                                : text.apply(p.key(), p.arguments().toArray())));
        return new FormErrors(map);
    }

    /** One problem in the language of a documenters' page, where it has a key. */
    public static String said(InvalidInput.FieldProblem problem) {
        return problem.key() == null
                ? problem.message()
                : Texts.appText(problem.key(), problem.arguments().toArray());
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    /**
     * A field's name in the language of a documenters' page, for the error summary: "names[1].text" reads "Name 2"
     * ("ئىسىم 2" in Uyghur); a field without a label in the bundle reads as {@link #readable(String)} makes it.
     */
    public static String label(String field) {
        Matcher index = INDEX.matcher(field);
        String number = index.find() ? " " + (Integer.parseInt(index.group(1)) + 1) : "";
        String key = "app.field." + INDEX.matcher(field).replaceAll("").replace('.', '_');
        String label = Texts.t(key);
        return label.equals(key) ? readable(field) : label + number;
    }

    /**
     * A field's name as a reader of an English page can take it, for the error summary of a form that does not name
     * its fields itself: "birthYearFrom" reads "Birth year from", "names[1].text" reads "Names 2 text".
     */
    public static String readable(String field) {
        String words = field.replaceAll("\\[(\\d+)]", " [$1]")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replace('.', ' ')
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        Matcher index = INDEX.matcher(words);
        while (index.find()) {
            index.appendReplacement(out, String.valueOf(Integer.parseInt(index.group(1)) + 1));
        }
        index.appendTail(out);
        String text = out.toString().strip();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
