package org.casebook.ledger;

import java.util.Collection;
import java.util.Map;

/**
 * A kind of row that goes into the ledger (revisions here; evidence and custody events in the evidence
 * capability). It rebuilds the entries' fields from the rows as they are now, which is what lets the verifier
 * notice a row changed after it was logged.
 */
public interface LedgerEntrySource {
    String entryType();

    /** The entry fields of each row that still exists, by row id; rows that are gone are simply absent. */
    Map<Long, Map<String, Object>> entryFields(Collection<Long> ids);
}
