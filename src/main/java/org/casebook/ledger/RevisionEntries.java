package org.casebook.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Revisions as ledger entries: every field of the row, with the record's content embedded as it was stored. */
@Component
class RevisionEntries implements LedgerEntrySource {
    private final JdbcClient jdbc;

    RevisionEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String entryType() {
        return "revision";
    }

    @Override
    public Map<Long, Map<String, Object>> entryFields(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from revision where id in (:ids)").param("ids", ids)
                .query((rs, row) -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("revisionId", rs.getLong("id"));
                    fields.put("recordType", rs.getString("record_type"));
                    fields.put("recordId", rs.getLong("record_id"));
                    fields.put("version", rs.getInt("version"));
                    fields.put("action", rs.getString("action"));
                    fields.put("actor", rs.getString("actor"));
                    fields.put("reason", rs.getString("reason"));
                    fields.put("recordedAt", rs.getTimestamp("recorded_at").toInstant().toString());
                    fields.put("content", new CanonicalJson.Raw(rs.getString("content")));
                    return fields;
                }).list().stream().collect(Collectors.toMap(f -> (Long) f.get("revisionId"), f -> f));
    }
}
