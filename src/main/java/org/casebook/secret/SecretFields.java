package org.casebook.secret;

import org.casebook.audit.AuditLog;
import org.casebook.account.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Secret fields of any record (testifiers' identities and contacts, exact addresses, what an editor marks secret),
 * sealed and kept apart from the record so that no query for the record itself can carry them. Setting a value
 * appends; the newest value per field is current; an empty value clears the field (the old one stays sealed in
 * history). Reading is for editors and admins only and every reading is audited.
 */
@Service
public class SecretFields {
    private final JdbcClient jdbc;
    private final SecretBox box;
    private final AuditLog audit;
    private final Clock clock;

    SecretFields(JdbcClient jdbc, SecretBox box, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.box = box;
        this.audit = audit;
        this.clock = clock;
    }

    /** Not role-checked here: a relative's report stores secrets without an account; callers check their own rules. */
    @Transactional
    public void put(String recordType, long recordId, Map<String, String> values) {
        values.forEach((field, value) -> {
            String text = value == null ? "" : value.strip();
            jdbc.sql("""
                            insert into secret_value (record_type, record_id, field, sealed, set_by, set_at)
                            values (:type, :id, :field, :sealed, :by, :at)""")
                    .param("type", recordType).param("id", recordId).param("field", field)
                    .param("sealed", text.isEmpty() ? null : box.seal(text, place(recordType, recordId, field)))
                    .param("by", CurrentUser.name()).param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        });
        if (!values.isEmpty()) {
            audit.record("secret.set", recordType + "/" + recordId, "fields: " + String.join(", ", values.keySet()));
        }
    }

    /** Which fields hold a value, without opening any. */
    public Set<String> present(String recordType, long recordId) {
        return new LinkedHashSet<>(current(recordType, recordId).keySet());
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Map<String, String> reveal(String recordType, long recordId) {
        Map<String, String> opened = new LinkedHashMap<>();
        current(recordType, recordId).forEach((field, sealed) ->
                opened.put(field, box.open(sealed, place(recordType, recordId, field))));
        audit.record("secret.view", recordType + "/" + recordId, "fields: " + String.join(", ", opened.keySet()));
        return opened;
    }

    /**
     * Moves secret values from one record to another (a relative's contact from their report to the testimony made
     * from it) without showing them to anyone; the copy is audited, not as a viewing.
     */
    @Transactional
    public void copy(String fromType, long fromId, String toType, long toId, Map<String, String> fieldMap) {
        Map<String, String> values = new LinkedHashMap<>();
        current(fromType, fromId).forEach((field, sealed) -> {
            if (fieldMap.containsKey(field)) {
                values.put(fieldMap.get(field), box.open(sealed, place(fromType, fromId, field)));
            }
        });
        if (!values.isEmpty()) {
            put(toType, toId, values);
            audit.record("secret.copy", fromType + "/" + fromId + " -> " + toType + "/" + toId,
                    "fields: " + String.join(", ", values.keySet()));
        }
    }

    private Map<String, String> current(String recordType, long recordId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select distinct on (field) field, sealed from secret_value
                        where record_type = :type and record_id = :id order by field, id desc""")
                .param("type", recordType).param("id", recordId).query().listOfRows();
        Map<String, String> current = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get("sealed") != null)
                .forEach(r -> current.put((String) r.get("field"), (String) r.get("sealed")));
        return current;
    }

    private static String place(String recordType, long recordId, String field) {
        return recordType + "/" + recordId + "/" + field;
    }
}
