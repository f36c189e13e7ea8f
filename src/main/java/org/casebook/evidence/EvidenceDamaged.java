package org.casebook.evidence;

import org.casebook.records.StoredDataDamaged;

class EvidenceDamaged extends StoredDataDamaged {
    public EvidenceDamaged(String sha256) {
        super("The stored file " + sha256 + " fails its integrity check, so it was not sent. Run `casebook verify`.");
    }
}
