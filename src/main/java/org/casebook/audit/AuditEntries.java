package org.casebook.audit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.ledger.CanonicalJson;
import org.casebook.ledger.LedgerEntrySource;
import org.casebook.ledger.SqlEntrySource;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audit events as ledger entries, so the audit log cannot be edited or wiped unnoticed. The entry holds only a
 * digest of the event: who viewed which secret stays for admins, while the proof of it is public like any entry.
 */
@Configuration(proxyBeanMethods = false)
class AuditEntries {

    @Bean
    LedgerEntrySource auditEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(jdbc, "audit", "select * from audit_event where id = any(:ids)", (rs, fields) -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("at", rs.getTimestamp("at").toInstant().toString());
            event.put("actor", rs.getString("actor"));
            event.put("action", rs.getString("action"));
            event.put("target", rs.getString("target"));
            event.put("detail", rs.getString("detail"));
            fields.put("auditEventId", rs.getLong("id"));
            fields.put(
                    "sha256",
                    Hex.of(Merkle.sha256().digest(CanonicalJson.write(event).getBytes(StandardCharsets.UTF_8))));
        });
    }
}
