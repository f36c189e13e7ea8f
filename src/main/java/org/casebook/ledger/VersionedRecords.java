package org.casebook.ledger;

import java.util.Map;

/**
 * The current rows of one kind of record, in the canonical form their revisions hold. The verifier compares each
 * with its latest revision, so a row edited behind the application's back is found.
 */
public interface VersionedRecords {
    RecordType recordType();

    /** Up to {@code limit} current rows with ids above {@code afterId}, as id → canonical JSON, in id order. */
    Map<Long, String> currentContent(long afterId, int limit);
}
