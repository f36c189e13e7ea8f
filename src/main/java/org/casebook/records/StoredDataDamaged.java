package org.casebook.records;

/** Something stored failed its integrity check, so it is not served; `casebook verify` names what. */
public class StoredDataDamaged extends RuntimeException {
    public StoredDataDamaged(String message) {
        super(message);
    }
}
