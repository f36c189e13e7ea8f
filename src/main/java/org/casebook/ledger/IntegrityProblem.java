package org.casebook.ledger;

/**
 * One thing the verifier found wrong.
 *
 * @param kind  altered, removed, added, reordered, signature or unreadable
 * @param what  the record, revision, ledger entry or file concerned, named so a person can find it
 * @param detail what exactly differs
 */
public record IntegrityProblem(String kind, String what, String detail) {
    @Override
    public String toString() {
        return kind + ": " + what + " — " + detail;
    }
}
