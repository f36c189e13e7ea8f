package org.casebook.ledger;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exact bytes a leaf hashes: canonical JSON of the row's fields, its entry type and its place in the log. */
final class LedgerEntry {
    private LedgerEntry() {}

    public static byte[] encode(String entryType, long leafIndex, Map<String, Object> fields) {
        return encode(entryType, leafIndex, CanonicalJson.members(fields));
    }

    /** The same bytes, from fields already written (a revision's, written once for its seal and its leaf). */
    static byte[] encode(String entryType, long leafIndex, CanonicalJson.Members fields) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("entryType", entryType);
        place.put("leafIndex", leafIndex);
        return fields.with(place).getBytes(StandardCharsets.UTF_8);
    }
}
