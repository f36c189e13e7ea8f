package org.casebook.records;

public class RecordNotFound extends RuntimeException {
    public RecordNotFound(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
