package org.casebook.records;

import java.util.List;

/** Input that breaks a rule of the record it was meant for; nothing was stored. */
public class InvalidInput extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(
                problems.isEmpty()
                        ? "invalid input"
                        : problems.getFirst().field() + ": "
                                + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    /** One problem with its message key and values, so that a page says it in its reader's language. */
    public InvalidInput(String field, String message, String key, Object... namesAndValues) {
        this(List.of(new FieldProblem(field, message, key, List.of(namesAndValues))));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * @param message   the problem in English, for the API and the logs' readers
     * @param key       the problem's message key, for pages in the reader's language; null when it has none yet
     * @param arguments the key's placeholders as name, value, name, value …
     */
    public record FieldProblem(String field, String message, String key, List<Object> arguments) {
        public FieldProblem(String field, String message) {
            this(field, message, null, List.of());
        }
    }
}
