package org.casebook.secret;

import java.util.List;
import java.util.Map;
import org.casebook.names.NationalIds;
import org.casebook.records.InvalidInput;

/** Which secret fields each kind of record has, their labels, and what a value must be. */
public final class SecretKinds {
    /** Which secret fields each kind of record has, in the order a form shows them (labels: app.secret.*). */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "person", List.of(NationalIds.FIELD, "exact_address", "secret_note"),
            "source", List.of("testifier_name", "testifier_contact", "secret_note"),
            "life_request", List.of("asker_identity", "asker_contact"));

    private static final int MAX_LENGTH = 5000;

    private SecretKinds() {}

    public static void check(String type, Map<String, String> values) {
        values.forEach((field, value) -> {
            if (value.length() > MAX_LENGTH) {
                throw new InvalidInput(
                        field, "must be at most " + MAX_LENGTH + " characters", "error.tooLong", "max", MAX_LENGTH);
            }
            if (value.chars().anyMatch(c -> c == 0)) {
                throw new InvalidInput(field, "must not contain NUL characters", "error.nul");
            }
            if (SecretFields.MATCHABLE.containsKey(type + "/" + field) && !value.isBlank()) {
                SecretFields.MATCHABLE.get(type + "/" + field).apply(value);
            }
        });
    }

    /** The secret fields of a kind of record, in the order a form shows them; empty for an unknown kind. */
    public static List<String> fieldsOf(String type) {
        return FIELDS.getOrDefault(type, List.of());
    }
}
