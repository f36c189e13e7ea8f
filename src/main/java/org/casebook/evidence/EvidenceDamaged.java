package org.casebook.evidence;

public class EvidenceDamaged extends RuntimeException {
    public EvidenceDamaged(String sha256) {
        super("The stored file " + sha256 + " fails its integrity check, so it was not sent. Run `casebook verify`.");
    }
}
