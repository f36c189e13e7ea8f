package org.casebook.secret;

import com.google.crypto.tink.Mac;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.casebook.access.CurrentUser;
import org.casebook.audit.AuditLog;
import org.casebook.database.BulkCopy;
import org.casebook.keys.KeyFile;
import org.casebook.keys.Keysets;
import org.casebook.names.NationalIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret fields of any record (testifiers' identities and contacts, exact addresses, what an editor marks secret),
 * sealed and kept apart from the record so that no query for the record itself can carry them. Setting a value
 * appends; the newest value per field is current; an empty value clears the field (the old one stays sealed in
 * history). Reading is for editors and admins only and every reading is audited.
 */
@Service
@DependsOnDatabaseInitialization
public class SecretFields {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SecretBox box;
    private final AuditLog audit;
    private final Clock clock;
    private final Mac mac;
    /** The fields duplicate detection compares, each with the form its values are compared in. */
    static final Map<String, UnaryOperator<String>> MATCHABLE =
            Map.of("person/" + NationalIds.FIELD, NationalIds::normalize);

    SecretFields(
            JdbcClient jdbc,
            JdbcTemplate batch,
            SecretBox box,
            AuditLog audit,
            Clock clock,
            @Value("${casebook.secrets.match-key-file}") String matchKeyFile,
            @Value("${casebook.keys.create-missing:true}") boolean mayCreate) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.box = box;
        this.audit = audit;
        this.clock = clock;
        boolean matched = jdbc.sql("select exists (select 1 from secret_value where match_key is not null)")
                .query(Boolean.class)
                .single();
        this.mac =
                Keysets.mac("CASEBOOK_MATCH_KEY", matchKeyFile, "match key", new Keysets.Missing(matched, mayCreate));
        requireKeysMatch();
    }

    /** The keys in use must open the newest sealed value and give the newest match key again, or Casebook stops. */
    private void requireKeysMatch() {
        jdbc.sql("select * from secret_value where sealed is not null order by id desc limit 1")
                .query()
                .listOfRows()
                .forEach(row -> box.requireOpens(
                        (String) row.get("sealed"),
                        place((String) row.get("record_type"), ((Number) row.get("record_id")).longValue(), (String)
                                row.get("field"))));
        jdbc.sql(
                        "select * from secret_value where match_key is not null and sealed is not null order by id desc limit 1")
                .query()
                .listOfRows()
                .forEach(row -> {
                    String type = (String) row.get("record_type");
                    String field = (String) row.get("field");
                    String value = box.open(
                            (String) row.get("sealed"),
                            place(type, ((Number) row.get("record_id")).longValue(), field));
                    if (!matchKey(type, field, value).equals(row.get("match_key"))) {
                        throw new KeyFile.MissingKey(
                                "The match key (casebook.secrets.match-key-file or CASEBOOK_MATCH_KEY)"
                                        + " is not the key this store's duplicate digests were made with. Restore the key directory"
                                        + " from its backup (docs/operations.md).");
                    }
                });
    }

    /** Not role-checked here: a relative's report stores secrets without an account; callers check their own rules. */
    @Transactional
    public void put(String recordType, long recordId, Map<String, String> values) {
        values.forEach((field, value) -> {
            String text = value == null ? "" : value.strip();
            boolean matchable = MATCHABLE.containsKey(recordType + "/" + field) && !text.isEmpty();
            jdbc.sql("""
                            insert into secret_value (record_type, record_id, field, sealed, match_key, set_by, set_at)
                            values (:type, :id, :field, :sealed, :matchKey, :by, :at)""")
                    .param("type", recordType)
                    .param("id", recordId)
                    .param("field", field)
                    .param("sealed", text.isEmpty() ? null : box.seal(text, place(recordType, recordId, field)))
                    .param("matchKey", matchable ? matchKey(recordType, field, text) : null)
                    .param("by", CurrentUser.name())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        });
        if (!values.isEmpty()) {
            audit.record("secret.set", recordType + "/" + recordId, "fields: " + String.join(", ", values.keySet()));
        }
    }

    /**
     * Many records' secrets at once (an imported list's numbers), in one JDBC batch and one audit event; the same rows
     * as {@link #put}. Not role-checked here, as put.
     */
    @Transactional
    public void putMany(String recordType, Map<Long, Map<String, String>> values) {
        List<List<Object>> rows = new ArrayList<>();
        String at = clock.instant().toString();
        values.forEach((recordId, fields) -> fields.forEach((field, value) -> {
            String text = value == null ? "" : value.strip();
            boolean matchable = MATCHABLE.containsKey(recordType + "/" + field) && !text.isEmpty();
            rows.add(Arrays.asList(
                    recordType,
                    recordId,
                    field,
                    text.isEmpty() ? null : box.seal(text, place(recordType, recordId, field)),
                    matchable ? matchKey(recordType, field, text) : null,
                    CurrentUser.name(),
                    at));
        }));
        if (rows.isEmpty()) {
            return;
        }
        // With COPY: an imported list seals a number per row, and 200 inserts were a seventh of a chunk's writing.
        BulkCopy.into(
                batch.getDataSource(),
                "secret_value",
                List.of("record_type", "record_id", "field", "sealed", "match_key", "set_by", "set_at"),
                rows);
        audit.record("secret.set", recordType + "/*", "records: " + values.size() + ", values: " + rows.size());
    }

    /**
     * The keyed digest of a value of a field duplicate detection compares, in its normalized form: equal for equal
     * values, and nothing more without the key. Refuses a value the field's rule refuses.
     */
    public String matchKey(String recordType, String field, String value) {
        UnaryOperator<String> normalize = MATCHABLE.get(recordType + "/" + field);
        if (normalize == null) {
            throw new IllegalArgumentException(recordType + "/" + field + " is not compared for duplicates");
        }
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.computeMac((recordType + "/" + field + "\n" + normalize.apply(value))
                            .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not compute a match key", e);
        }
    }

    /** The current digests of one field for these records; records without a current value are absent. */
    public Map<Long, String> matchKeys(String recordType, String field, Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("""
                        select distinct on (record_id) record_id, match_key from secret_value
                        where record_type = :type and field = :field and record_id in (:ids) order by record_id, id desc""")
                .param("type", recordType)
                .param("field", field)
                .param("ids", recordIds)
                .query()
                .listOfRows()
                .forEach(r -> {
                    if (r.get("match_key") != null) {
                        keys.put(((Number) r.get("record_id")).longValue(), (String) r.get("match_key"));
                    }
                });
        return keys;
    }

    /** Records whose current value of the field has one of these digests, by digest. */
    public Map<String, List<Long>> recordsWithMatchKeys(String recordType, String field, Collection<String> matchKeys) {
        Map<String, List<Long>> records = new HashMap<>();
        if (matchKeys.isEmpty()) {
            return records;
        }
        // Each digest found by its index, kept only when no later value of the field replaced it: a plan that stays
        // fast however the table's statistics lag behind a large import.
        jdbc.sql("""
                        select s.record_id, s.match_key from secret_value s
                        where s.record_type = :type and s.field = :field and s.match_key = any(:keys)
                            and not exists (select 1 from secret_value later
                                where later.record_type = s.record_type and later.record_id = s.record_id
                                    and later.field = s.field and later.id > s.id)""")
                .param("type", recordType)
                .param("field", field)
                .param("keys", matchKeys.toArray(String[]::new))
                .query((rs, row) -> records.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getLong(1)))
                .list();
        return records;
    }

    /** Records whose current value of the field has this digest. */
    public List<Long> recordsWithMatchKey(String recordType, String field, String matchKey) {
        return recordsWithMatchKeys(recordType, field, List.of(matchKey)).getOrDefault(matchKey, List.of());
    }

    /** Which fields hold a value, without opening any. */
    public Set<String> present(String recordType, long recordId) {
        return new LinkedHashSet<>(current(recordType, recordId).keySet());
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Map<String, String> reveal(String recordType, long recordId) {
        Map<String, String> opened = new LinkedHashMap<>();
        current(recordType, recordId)
                .forEach((field, value) -> opened.put(field, box.open(value, place(recordType, recordId, field))));
        audit.record("secret.view", recordType + "/" + recordId, "fields: " + String.join(", ", opened.keySet()));
        return opened;
    }

    /** One opened secret value, for an administrator's export. */
    public record Opened(String recordType, long recordId, String field, String value) {}

    /** Where an export writes the opened values, one at a time. */
    public interface OpenedSink {
        void accept(Opened value) throws IOException;
    }

    /**
     * Every current secret value, opened, for an export an administrator has explicitly asked to hold them; read a
     * page at a time and audited as one event with how many values left.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void revealAll(OpenedSink sink) throws IOException {
        long after = 0;
        long count = 0;
        try {
            List<Map<String, Object>> page;
            while (!(page = jdbc.sql("""
                                    select id, record_type, record_id, field, sealed from secret_value s
                                    where id > :after and sealed is not null and not exists (
                                        select 1 from secret_value later where later.record_type = s.record_type
                                            and later.record_id = s.record_id and later.field = s.field
                                            and later.id > s.id)
                                    order by id limit 1000""").param("after", after).query().listOfRows()).isEmpty()) {
                for (Map<String, Object> row : page) {
                    String type = (String) row.get("record_type");
                    long id = ((Number) row.get("record_id")).longValue();
                    String field = (String) row.get("field");
                    sink.accept(
                            new Opened(type, id, field, box.open((String) row.get("sealed"), place(type, id, field))));
                    count++;
                }
                after = ((Number) page.getLast().get("id")).longValue();
            }
        } finally {
            audit.record("secret.export", "*", "values: " + count);
        }
    }

    /**
     * Moves secret values from one record to another (a relative's contact from their report to the testimony made
     * from it) without showing them to anyone; the copy is audited, not as a viewing.
     */
    @Transactional
    public void copy(String fromType, long fromId, String toType, long toId, Map<String, String> fieldMap) {
        Map<String, String> values = new LinkedHashMap<>();
        current(fromType, fromId).forEach((field, value) -> {
            if (fieldMap.containsKey(field)) {
                values.put(fieldMap.get(field), box.open(value, place(fromType, fromId, field)));
            }
        });
        if (!values.isEmpty()) {
            put(toType, toId, values);
            audit.record(
                    "secret.copy",
                    fromType + "/" + fromId + " -> " + toType + "/" + toId,
                    "fields: " + String.join(", ", values.keySet()));
        }
    }

    private Map<String, String> current(String recordType, long recordId) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select distinct on (field) field, sealed from secret_value
                        where record_type = :type and record_id = :id order by field, id desc""")
                .param("type", recordType)
                .param("id", recordId)
                .query()
                .listOfRows();
        Map<String, String> current = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.get("sealed") != null)
                .forEach(r -> current.put((String) r.get("field"), (String) r.get("sealed")));
        return current;
    }

    private static String place(String recordType, long recordId, String field) {
        return recordType + "/" + recordId + "/" + field;
    }
}
