package org.casebook.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Choices for a select element, built from a vocabulary: code as value, words as label. */
public final class Options {
    private Options() {}

    public static <E extends Enum<E>> Map<String, String> of(Class<E> vocabulary) {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(vocabulary.getEnumConstants()).forEach(e -> options.put(e.name(), Texts.appLabel(e)));
        return options;
    }

    /** The same for a public page, in the public site's language (six languages, not the documenters' three). */
    public static <E extends Enum<E>> Map<String, String> inPublic(Class<E> vocabulary) {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(vocabulary.getEnumConstants()).forEach(e -> options.put(e.name(), Texts.label(e)));
        return options;
    }
}
