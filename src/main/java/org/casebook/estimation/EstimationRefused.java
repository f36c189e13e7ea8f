package org.casebook.estimation;

/**
 * An estimate that is refused, with a reason in one plain line: either the table cannot be read as capture histories,
 * or it can be read but no model gives a finite, identifiable estimate. A number is never printed in either case.
 */
public final class EstimationRefused extends RuntimeException {
    public enum Why {
        MALFORMED_TABLE,
        NO_ESTIMATE
    }

    private final Why why;

    private EstimationRefused(Why why, String reason) {
        super(reason);
        this.why = why;
    }

    public static EstimationRefused malformed(String reason) {
        return new EstimationRefused(Why.MALFORMED_TABLE, reason);
    }

    public static EstimationRefused noEstimate(String reason) {
        return new EstimationRefused(Why.NO_ESTIMATE, reason);
    }

    public Why why() {
        return why;
    }
}
