package org.casebook.evidence;

import org.casebook.records.TooLarge;

class EvidenceTooLarge extends TooLarge {
    public EvidenceTooLarge(long limit) {
        super("The file is larger than the limit of " + limit + " bytes; nothing was stored.");
    }
}
