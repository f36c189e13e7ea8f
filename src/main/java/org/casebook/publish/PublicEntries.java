package org.casebook.publish;

import org.casebook.ledger.CanonicalJson;
import org.casebook.ledger.LedgerEntrySource;
import org.casebook.ledger.SqlEntrySource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Public snapshots as ledger entries (docs/ledger.md, entry type "public"): the public answer as it was served. */
@Configuration(proxyBeanMethods = false)
class PublicEntries {
    @Bean
    LedgerEntrySource publicEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(
                jdbc,
                PublicSnapshots.ENTRY_TYPE,
                "select * from public_snapshot where id = any(:ids)",
                (rs, fields) -> {
                    fields.put("snapshotId", rs.getLong("id"));
                    fields.put("subject", rs.getString("subject"));
                    fields.put(
                            "recordedAt",
                            rs.getTimestamp("recorded_at").toInstant().toString());
                    fields.put("content", new CanonicalJson.Raw(rs.getString("content")));
                });
    }
}
