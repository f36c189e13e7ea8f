package org.casebook.records;

/** An edit was made against a version that is no longer current; applying it would hide someone else's change. */
public class StaleVersion extends RuntimeException {
    public StaleVersion(String what, long id, int expected, int current) {
        super("The " + what + " " + id + " is at version " + current + ", the edit was made against version " + expected
                + ". Reload it and apply the change again.");
    }
}
