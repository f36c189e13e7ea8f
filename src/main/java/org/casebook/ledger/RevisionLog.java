package org.casebook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import org.casebook.database.BulkCopy;
import org.casebook.records.RecordNotFound;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of every record. Callers write a revision in the same transaction as the change itself, so a
 * change without its revision cannot be committed. The table refuses updates and deletes.
 */
@Service
public class RevisionLog {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RevisionSeals seals;

    public RevisionLog(JdbcClient jdbc, Clock clock, RevisionSeals seals) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seals = seals;
    }

    public Revision append(
            RecordType type,
            long recordId,
            int version,
            Revision.Action action,
            String actor,
            String reason,
            Map<String, ?> content) {
        // PostgreSQL keeps microseconds; the revision must read back exactly as it was hashed.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String canonical = CanonicalJson.write(content);
        // The id is taken first because the seal covers it: a sealed revision cannot be copied under another id.
        long id =
                jdbc.sql("select nextval('revision_id_seq')").query(Long.class).single();
        byte[] seal = seals.seal(
                RevisionEntries.of(id, type.name(), recordId, version, action.name(), actor, reason, now, canonical));
        jdbc.sql("""
                        insert into revision (id, record_type, record_id, version, action, actor, reason, recorded_at, content, seal)
                        values (:id, :type, :recordId, :version, :action, :actor, :reason, :at, :content, :seal)""")
                .param("id", id)
                .param("type", type.name())
                .param("recordId", recordId)
                .param("version", version)
                .param("action", action.name())
                .param("actor", actor)
                .param("reason", reason)
                .param("at", Timestamp.from(now))
                .param("content", canonical)
                .param("seal", seal)
                .update();
        return new Revision(id, type, recordId, version, action, actor, reason, now, canonical);
    }

    /** One revision of many to write at once; see {@link #appendMany}. */
    public record NewRevision(
            RecordType type,
            long recordId,
            int version,
            Revision.Action action,
            String actor,
            String reason,
            Map<String, ?> content) {}

    /** Many revisions in one COPY (loading data sets), with the same content and time stamps as {@link #append}. */
    public void appendMany(DataSource dataSource, List<NewRevision> revisions) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Long> ids = jdbc.sql("select nextval('revision_id_seq') from generate_series(1, :n)")
                .param("n", revisions.size())
                .query(Long.class)
                .list();
        List<List<Object>> rows = new ArrayList<>(revisions.size());
        for (int i = 0; i < revisions.size(); i++) {
            NewRevision r = revisions.get(i);
            String canonical = CanonicalJson.write(r.content());
            byte[] seal = seals.seal(RevisionEntries.of(
                    ids.get(i),
                    r.type().name(),
                    r.recordId(),
                    r.version(),
                    r.action().name(),
                    r.actor(),
                    r.reason(),
                    now,
                    canonical));
            rows.add(Arrays.asList(
                    ids.get(i),
                    r.type().name(),
                    r.recordId(),
                    r.version(),
                    r.action().name(),
                    r.actor(),
                    r.reason(),
                    now.toString(),
                    canonical,
                    seal));
        }
        BulkCopy.into(
                dataSource,
                "revision",
                List.of(
                        "id",
                        "record_type",
                        "record_id",
                        "version",
                        "action",
                        "actor",
                        "reason",
                        "recorded_at",
                        "content",
                        "seal"),
                rows);
    }

    /** Who created the record: the actor of its first revision. */
    public String author(RecordType type, long recordId) {
        return version(type, recordId, 1).actor();
    }

    public List<Revision> history(RecordType type, long recordId) {
        return jdbc.sql("""
                        select * from revision where record_type = :type and record_id = :recordId order by version""")
                .param("type", type.name())
                .param("recordId", recordId)
                .query(RevisionLog::map)
                .list();
    }

    public Revision version(RecordType type, long recordId, int version) {
        return jdbc.sql("""
                        select * from revision where record_type = :type and record_id = :recordId and version = :version""")
                .param("type", type.name())
                .param("recordId", recordId)
                .param("version", version)
                .query(RevisionLog::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound(type + " version", recordId + "/" + version));
    }

    /** When each of these records last changed (its latest revision), in one query; records never revised are absent. */
    public Map<Long, Instant> lastChanged(RecordType type, Collection<Long> ids) {
        Map<Long, Instant> out = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select record_id, max(recorded_at) as at from revision"
                            + " where record_type = :type and record_id in (:ids) group by record_id")
                    .param("type", type.name())
                    .param("ids", ids)
                    .query((rs, n) -> out.put(
                            rs.getLong("record_id"), rs.getTimestamp("at").toInstant()))
                    .list();
        }
        return out;
    }

    /**
     * How a record is cited, without any revision's content: its current version, and the last change of it or of the
     * records shown with it (its claims), with that change's entry in the ledger (null while not yet logged).
     */
    public record Citation(int version, long revisionId, Instant updated, Long leafIndex) {}

    /** The citation in one query, read through the (record_type, record_id) and ledger_leaf indexes. */
    public Optional<Citation> cite(RecordType type, long recordId, Map<RecordType, List<Long>> shown) {
        StringBuilder which = new StringBuilder("(record_type = :type and record_id = :id)");
        MapSqlParameterSource params =
                new MapSqlParameterSource().addValue("type", type.name()).addValue("id", recordId);
        int i = 0;
        for (Map.Entry<RecordType, List<Long>> e : shown.entrySet()) {
            if (!e.getValue().isEmpty()) {
                which.append(" or (record_type = :t")
                        .append(i)
                        .append(" and record_id in (:ids")
                        .append(i)
                        .append("))");
                params.addValue("t" + i, e.getKey().name()).addValue("ids" + i, e.getValue());
                i++;
            }
        }
        return jdbc.sql("""
                        with newest as (select id, recorded_at from revision where %s order by id desc limit 1)
                        select n.id, n.recorded_at,
                               (select max(version) from revision where record_type = :type and record_id = :id) as version,
                               (select leaf_index from ledger_leaf where entry_type = 'revision' and ref_id = n.id) as leaf
                        from newest n""".formatted(which))
                .paramSource(params)
                .query((rs, n) -> new Citation(
                        rs.getInt("version"),
                        rs.getLong("id"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        (Long) rs.getObject("leaf")))
                .optional()
                .filter(c -> c.version() > 0);
    }

    /** The newest revisions of these record types before a revision id (Long.MAX_VALUE for the newest), newest first. */
    public List<Revision> newest(Collection<RecordType> types, long beforeId, int limit) {
        return jdbc.sql(
                        "select * from revision where record_type in (:types) and id < :before order by id desc limit :limit")
                .param("types", types.stream().map(RecordType::name).toList())
                .param("before", beforeId)
                .param("limit", limit)
                .query(RevisionLog::map)
                .list();
    }

    /** The history of several records at once, newest first (a person's page shows its names' history too). */
    public List<Revision> histories(Map<RecordType, List<Long>> records) {
        List<Revision> all = new ArrayList<>();
        records.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                all.addAll(jdbc.sql("select * from revision where record_type = :type and record_id in (:ids)")
                        .param("type", type.name())
                        .param("ids", ids)
                        .query(RevisionLog::map)
                        .list());
            }
        });
        all.sort((a, b) -> Long.compare(b.id(), a.id()));
        return all;
    }

    /**
     * The history of several records as a reader sees it, newest first, each entry saying which fields changed
     * from the version before.
     */
    public List<HistoryEntry> entries(Map<RecordType, List<Long>> records, Function<Revision, String> label) {
        List<Revision> all = histories(records);
        Map<String, Revision> previous = new HashMap<>();
        List<Revision> oldestFirst = new ArrayList<>(all);
        Collections.reverse(oldestFirst);
        List<HistoryEntry> entries = new ArrayList<>();
        for (Revision r : oldestFirst) {
            String key = r.recordType() + "/" + r.recordId();
            entries.add(new HistoryEntry(r, label.apply(r), changedFields(previous.get(key), r)));
            previous.put(key, r);
        }
        Collections.reverse(entries);
        return entries;
    }

    public static Map<String, Object> parse(String content) {
        return JSON.readValue(content, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** Fields whose value differs between two versions of a record, in key order. */
    public static List<String> changedFields(Revision before, Revision after) {
        if (before == null) {
            return List.of();
        }
        Map<String, Object> a = parse(before.content());
        Map<String, Object> b = parse(after.content());
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).toList();
    }

    private static Revision map(ResultSet rs, int row) throws SQLException {
        return new Revision(
                rs.getLong("id"),
                RecordType.valueOf(rs.getString("record_type")),
                rs.getLong("record_id"),
                rs.getInt("version"),
                Revision.Action.valueOf(rs.getString("action")),
                rs.getString("actor"),
                rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("content"));
    }
}
