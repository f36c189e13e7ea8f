package org.casebook.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.records.InvalidInput;

/** The problems of a form by field name, first message per field, in the order they were found. */
public record FormErrors(Map<String, String> byField) {
    public static final FormErrors NONE = new FormErrors(Map.of());

    public static FormErrors of(InvalidInput e) {
        Map<String, String> map = new LinkedHashMap<>();
        e.problems().forEach(p -> map.putIfAbsent(p.field(), p.message()));
        return new FormErrors(map);
    }

    /** The problems in the reader's language, for pages that are translated; untranslated ones stay in English. */
    public static FormErrors translated(InvalidInput e) {
        Map<String, String> map = new LinkedHashMap<>();
        e.problems()
                .forEach(p -> map.putIfAbsent(
                        p.field(),
                        p.key() == null
                                ? p.message()
                                : Texts.t(p.key(), p.arguments().toArray())));
        return new FormErrors(map);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }
}
