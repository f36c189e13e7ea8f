package org.casebook.records;

/** The checks every edit or retraction passes: the record exists, is not retracted, and is the version edited. */
public final class EditGuard {
    private EditGuard() {}

    public static void check(String what, long id, Integer expectedVersion, int currentVersion, boolean retracted) {
        if (expectedVersion == null) {
            throw new InvalidInput(
                    "version", "is required: the version the edit was made against", "app.error.versionRequired");
        }
        if (retracted) {
            throw new InvalidInput(
                    "version",
                    "the " + what + " " + id + " is retracted and cannot change",
                    "app.error.retractedRecord",
                    "id",
                    String.valueOf(id));
        }
        if (currentVersion != expectedVersion) {
            throw new StaleVersion(what, id, expectedVersion, currentVersion);
        }
    }
}
