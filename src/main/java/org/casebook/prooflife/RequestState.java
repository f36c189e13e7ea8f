package org.casebook.prooflife;

/** Where a request stands; until it is answered, the days it has waited are counted. */
public enum RequestState {
    drafted,
    sent,
    acknowledged,
    answered,
    assessed;

    public boolean answered() {
        return this == answered || this == assessed;
    }
}
