package org.casebook.ledger;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exact bytes a leaf hashes: canonical JSON of the row's fields, its entry type and its place in the log. */
final class LedgerEntry {
    private LedgerEntry() {}

    public static byte[] encode(String entryType, long leafIndex, Map<String, Object> fields) {
        Map<String, Object> entry = new LinkedHashMap<>(fields);
        entry.put("entryType", entryType);
        entry.put("leafIndex", leafIndex);
        return CanonicalJson.write(entry).getBytes(StandardCharsets.UTF_8);
    }
}
