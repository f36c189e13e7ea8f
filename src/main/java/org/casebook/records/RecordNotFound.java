package org.casebook.records;

public class RecordNotFound extends RuntimeException {
    public RecordNotFound(String what, Object id) {
        super("No " + what + " with id " + id);
    }

    private RecordNotFound(String message) {
        super(message);
    }

    /** The public answer for both "does not exist" and "exists but is not published": they must not differ. */
    public static RecordNotFound notPublished(String what) {
        return new RecordNotFound("No published " + what + " with that id.");
    }
}
