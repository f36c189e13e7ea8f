package org.casebook.estimation;

/** How models are compared: minus twice the log-likelihood plus a penalty per parameter. */
public enum Criterion {
    /** {@code log n} per parameter, n the number of people observed; the default, as in Silverman, Chan and Vincent. */
    BIC,
    /** 2 per parameter; prefers larger models than BIC does. */
    AIC;

    double penalty(long observed) {
        return this == BIC ? Math.log(observed) : 2;
    }
}
