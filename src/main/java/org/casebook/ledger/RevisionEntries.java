package org.casebook.ledger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Revisions as ledger entries: every field of the row, with the record's content embedded as it was stored. */
@Configuration(proxyBeanMethods = false)
class RevisionEntries {

    @Bean
    LedgerEntrySource revisionEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(jdbc, "revision", "select * from revision where id in (:ids)", (rs, fields) -> {
            fields.put("revisionId", rs.getLong("id"));
            fields.put("recordType", rs.getString("record_type"));
            fields.put("recordId", rs.getLong("record_id"));
            fields.put("version", rs.getInt("version"));
            fields.put("action", rs.getString("action"));
            fields.put("actor", rs.getString("actor"));
            fields.put("reason", rs.getString("reason"));
            fields.put("recordedAt", rs.getTimestamp("recorded_at").toInstant().toString());
            fields.put("content", new CanonicalJson.Raw(rs.getString("content")));
        });
    }
}
