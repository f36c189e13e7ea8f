package org.casebook.estimation;

import java.util.List;

/**
 * What an estimate says: the people observed, the estimated number nobody listed, their total with its interval, the
 * model chosen and how, and the warnings a reader must see with the number.
 */
public record Estimate(
        long observed,
        double unseen,
        double total,
        double low,
        double high,
        List<String> model,
        Criterion criterion,
        List<Note> method,
        List<Note> warnings,
        List<Candidate> candidates,
        int modelsConsidered) {

    /**
     * One sentence about the estimate, as a key and its values: pages word it in their reader's language, the command
     * line and the API in English ({@code app.estimates.note.<key>}).
     */
    public record Note(String key, List<Object> namesAndValues) {
        public static Note of(String key, Object... namesAndValues) {
            return new Note(key, List.of(namesAndValues));
        }
    }

    /** One model of the search, with its criterion value and the total it would give. */
    public record Candidate(List<String> model, double criterion, double total) {}

    /** The assumptions every estimate rests on, in plain words; pages and the API show them with each number. */
    public static final List<String> ASSUMPTIONS = List.of(
            "The population is closed: nobody joins or leaves it while the lists are made.",
            "The lists depend on each other only in the ways the chosen model allows (the two-list interactions named).",
            "Every person is matched across the lists without error; a missed match adds a person, a false match"
                    + " removes one, and either moves the estimate.");
}
