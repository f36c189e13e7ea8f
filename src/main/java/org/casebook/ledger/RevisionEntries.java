package org.casebook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Revisions as ledger entries: every field of the row, with the record's content embedded as it was stored. The
 * same fields are what the application seals ({@link RevisionSeals}).
 */
@Configuration(proxyBeanMethods = false)
class RevisionEntries {
    static final String ENTRY_TYPE = "revision";

    @Bean
    LedgerEntrySource revisionEntrySource(JdbcClient jdbc) {
        return new LedgerEntrySource() {
            @Override
            public String entryType() {
                return ENTRY_TYPE;
            }

            @Override
            public Map<Long, Map<String, Object>> entryFields(Collection<Long> ids) {
                return sealed(jdbc, ids).fields();
            }
        };
    }

    private static void read(ResultSet rs, Map<String, Object> fields) throws SQLException {
        fields.putAll(of(
                rs.getLong("id"),
                rs.getString("record_type"),
                rs.getLong("record_id"),
                rs.getInt("version"),
                rs.getString("action"),
                rs.getString("actor"),
                rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("content")));
    }

    static Map<String, Object> of(
            long id,
            String recordType,
            long recordId,
            int version,
            String action,
            String actor,
            String reason,
            Instant recordedAt,
            String content) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("revisionId", id);
        fields.put("recordType", recordType);
        fields.put("recordId", recordId);
        fields.put("version", version);
        fields.put("action", action);
        fields.put("actor", actor);
        fields.put("reason", reason);
        fields.put("recordedAt", recordedAt.toString());
        fields.put("content", new CanonicalJson.Raw(content));
        return fields;
    }

    /** Revisions' ledger fields with their stored seals (null where a row carries none), by id: one query for both. */
    record Sealed(Map<Long, Map<String, Object>> fields, Map<Long, byte[]> seals) {
        /** Each revision's fields written once, for its seal and its leaf alike. */
        Map<Long, CanonicalJson.Members> written() {
            Map<Long, CanonicalJson.Members> written = new HashMap<>();
            fields.forEach((id, f) -> written.put(id, CanonicalJson.members(f)));
            return written;
        }
    }

    static Sealed sealed(JdbcClient jdbc, Collection<Long> ids) {
        Map<Long, Map<String, Object>> fields = new HashMap<>();
        Map<Long, byte[]> seals = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from revision where id = any(:ids)")
                    .param("ids", ids.toArray(Long[]::new))
                    .query(rs -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        read(rs, row);
                        fields.put(rs.getLong("id"), row);
                        seals.put(rs.getLong("id"), rs.getBytes("seal"));
                    });
        }
        return new Sealed(fields, seals);
    }

    /** How verification names a revision: "claim 5 v2 (revision 123)". */
    static IntegrityProblem.Words describe(long id, Map<String, Object> fields) {
        Object type = fields.get("recordType");
        Object label = Arrays.stream(RecordType.values())
                .filter(t -> t.name().equals(type))
                .findFirst()
                .map(t -> (Object) t)
                .orElse(String.valueOf(type));
        return IntegrityProblem.words(
                "what.revision",
                "type",
                label,
                "record",
                fields.get("recordId"),
                "version",
                fields.get("version"),
                "revision",
                id);
    }
}
