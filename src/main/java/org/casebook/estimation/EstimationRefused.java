package org.casebook.estimation;

import java.util.List;

/**
 * An estimate that is refused, with a reason: either the table cannot be read as capture histories, or it can be
 * read but no model gives a finite, identifiable estimate. A number is never printed in either case. The reason is
 * a key with its values, worded where it is shown: in English by the command line and the API, in the reader's
 * language on a page ({@code app.estimates.refused.<key>}).
 */
public final class EstimationRefused extends RuntimeException {
    public enum Why {
        MALFORMED_TABLE,
        NO_ESTIMATE
    }

    private final Why why;
    private final String key;
    private final List<Object> namesAndValues;

    private EstimationRefused(Why why, String key, Object... namesAndValues) {
        super(key + " " + List.of(namesAndValues));
        this.why = why;
        this.key = key;
        this.namesAndValues = List.of(namesAndValues);
    }

    public static EstimationRefused malformed(String key, Object... namesAndValues) {
        return new EstimationRefused(Why.MALFORMED_TABLE, key, namesAndValues);
    }

    public static EstimationRefused noEstimate(String key, Object... namesAndValues) {
        return new EstimationRefused(Why.NO_ESTIMATE, key, namesAndValues);
    }

    public Why why() {
        return why;
    }

    public String key() {
        return key;
    }

    public List<Object> namesAndValues() {
        return namesAndValues;
    }
}
