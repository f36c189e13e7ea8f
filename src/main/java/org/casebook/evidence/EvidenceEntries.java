package org.casebook.evidence;

import org.casebook.ledger.CanonicalJson;
import org.casebook.ledger.LedgerEntrySource;
import org.casebook.ledger.SqlEntrySource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evidence registrations, custody events and publication decisions as ledger entries: every column except the wrapped
 * file key.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceEntries {

    @Bean
    LedgerEntrySource evidenceEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(jdbc, "evidence", "select * from evidence where id = any(:ids)", (rs, fields) -> {
            fields.put("evidenceId", rs.getLong("id"));
            fields.put("sha256", rs.getString("sha256"));
            fields.put("size", rs.getLong("size"));
            fields.put("mediaType", rs.getString("media_type"));
            fields.put("metadata", new CanonicalJson.Raw(rs.getString("metadata")));
            fields.put("registeredBy", rs.getString("registered_by"));
            fields.put(
                    "registeredAt", rs.getTimestamp("registered_at").toInstant().toString());
        });
    }

    @Bean
    LedgerEntrySource custodyEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(jdbc, "custody", """
                select c.*, e.sha256 from custody_event c join evidence e on e.id = c.evidence_id where c.id = any(:ids)""", (rs, fields) -> {
            fields.put("custodyEventId", rs.getLong("id"));
            fields.put("evidenceId", rs.getLong("evidence_id"));
            fields.put("sha256", rs.getString("sha256"));
            fields.put("event", rs.getString("event"));
            fields.put("how", rs.getString("how"));
            fields.put("originalName", rs.getString("original_name"));
            fields.put("actor", rs.getString("actor"));
            fields.put("at", rs.getTimestamp("at").toInstant().toString());
            fields.put("details", rs.getString("details"));
        });
    }

    @Bean
    LedgerEntrySource publicationEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(jdbc, "evidence-publication", """
                select p.*, e.sha256 from evidence_publication p join evidence e on e.id = p.evidence_id
                where p.id = any(:ids)""", (rs, fields) -> {
            fields.put("decisionId", rs.getLong("id"));
            fields.put("evidenceId", rs.getLong("evidence_id"));
            fields.put("sha256", rs.getString("sha256"));
            fields.put("published", rs.getBoolean("published"));
            fields.put("reason", rs.getString("reason"));
            fields.put("decidedBy", rs.getString("decided_by"));
            fields.put("decidedAt", rs.getTimestamp("decided_at").toInstant().toString());
        });
    }
}
