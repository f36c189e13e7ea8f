package org.casebook.ledger;

import java.time.Instant;

/** One version of one record: who wrote it, when, why, and the whole record as canonical JSON. */
public record Revision(
        long id,
        RecordType recordType,
        long recordId,
        int version,
        Action action,
        String actor,
        String reason,
        Instant recordedAt,
        String content) {

    public enum Action {
        create,
        update,
        retract,
        publish
    }
}
