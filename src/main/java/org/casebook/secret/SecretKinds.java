package org.casebook.secret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.names.NationalIds;
import org.casebook.records.InvalidInput;

/** Which secret fields each kind of record has, their labels, and what a value must be. */
public final class SecretKinds {
    /** Which secret fields each kind of record has, with their labels. */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "person",
                    orderedLabels(
                            NationalIds.FIELD,
                            "National ID number (compared for duplicates by a keyed digest)",
                            "exact_address",
                            "Exact address",
                            "secret_note",
                            "Notes marked secret"),
            "source",
                    orderedLabels(
                            "testifier_name",
                            "Who testified",
                            "testifier_contact",
                            "How to reach them",
                            "secret_note",
                            "Notes marked secret"),
            "life_request",
                    orderedLabels(
                            "asker_identity",
                            "Who asked (the relative; never published)",
                            "asker_contact",
                            "How to reach them"));

    private static final int MAX_LENGTH = 5000;

    private SecretKinds() {}

    /** The fields of a kind of record with their labels, in the order a form shows them; empty for an unknown kind. */
    public static Map<String, String> labels(String type) {
        return FIELDS.getOrDefault(type, Map.of());
    }

    public static void check(String type, Map<String, String> values) {
        values.forEach((field, value) -> {
            if (value.length() > MAX_LENGTH) {
                throw new InvalidInput(field, "must be at most " + MAX_LENGTH + " characters");
            }
            if (value.chars().anyMatch(c -> c == 0)) {
                throw new InvalidInput(field, "must not contain NUL characters");
            }
            if (SecretFields.MATCHABLE.containsKey(type + "/" + field) && !value.isBlank()) {
                SecretFields.MATCHABLE.get(type + "/" + field).apply(value);
            }
        });
    }

    private static Map<String, String> orderedLabels(String... pairs) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }

    public static List<String> fieldsOf(String type) {
        return List.copyOf(FIELDS.getOrDefault(type, Map.of()).keySet());
    }
}
