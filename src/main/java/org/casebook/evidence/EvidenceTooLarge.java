package org.casebook.evidence;

public class EvidenceTooLarge extends RuntimeException {
    public EvidenceTooLarge(long limit) {
        super("The file is larger than the limit of " + limit + " bytes; nothing was stored.");
    }
}
