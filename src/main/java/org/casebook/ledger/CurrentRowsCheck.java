package org.casebook.ledger;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each current row must be exactly its latest revision; anything else was changed behind the application. */
@Component
@Order(2)
class CurrentRowsCheck implements IntegrityCheck {
    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final List<VersionedRecords> records;

    CurrentRowsCheck(JdbcClient jdbc, List<VersionedRecords> records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    @Override
    public String name() {
        return "current records against their latest revisions";
    }

    @Override
    public long work() {
        return jdbc.sql("select count(distinct (record_type, record_id)) from revision")
                .query(Long.class)
                .single();
    }

    @Override
    public void run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        for (VersionedRecords kind : records) {
            long after = 0;
            Map<Long, String> current;
            do {
                current = kind.currentContent(after, CHUNK);
                if (current.isEmpty()) {
                    break;
                }
                Map<Long, Revision> latest = jdbc
                        .sql("""
                                select distinct on (record_id) * from revision
                                where record_type = :type and record_id in (:ids) order by record_id, version desc""")
                        .param("type", kind.recordType().name())
                        .param("ids", current.keySet())
                        .query((rs, row) -> new Revision(
                                rs.getLong("id"),
                                RecordType.valueOf(rs.getString("record_type")),
                                rs.getLong("record_id"),
                                rs.getInt("version"),
                                Revision.Action.valueOf(rs.getString("action")),
                                rs.getString("actor"),
                                rs.getString("reason"),
                                rs.getTimestamp("recorded_at").toInstant(),
                                rs.getString("content")))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Revision::recordId, r -> r));
                for (Map.Entry<Long, String> row : current.entrySet()) {
                    IntegrityProblem.Words what =
                            IntegrityProblem.words("what.record", "type", kind.recordType(), "id", row.getKey());
                    Revision revision = latest.get(row.getKey());
                    if (revision == null) {
                        problems.accept(IntegrityProblem.of("added", what, IntegrityProblem.words("noRevision")));
                    } else if (!revision.content().equals(row.getValue())) {
                        Revision asNow = new Revision(
                                0,
                                revision.recordType(),
                                revision.recordId(),
                                revision.version(),
                                revision.action(),
                                revision.actor(),
                                null,
                                revision.recordedAt(),
                                row.getValue());
                        problems.accept(IntegrityProblem.of(
                                "altered",
                                what,
                                IntegrityProblem.words(
                                        "rowDiffers",
                                        "version",
                                        revision.version(),
                                        "fields",
                                        String.join(", ", RevisionLog.changedFields(revision, asNow)))));
                    }
                }
                long last = current.keySet().stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(after);
                reportRowsGone(kind, after, current.size() == CHUNK ? last : Long.MAX_VALUE, current, problems);
                after = last;
                progress.accept(current.size());
            } while (current.size() == CHUNK);
            if (current.isEmpty()) {
                reportRowsGone(kind, after, Long.MAX_VALUE, Map.of(), problems);
            }
        }
    }

    /** Records with revisions in (after, upTo] but no current row: deleted behind the application's back. */
    private void reportRowsGone(
            VersionedRecords kind,
            long after,
            long upTo,
            Map<Long, String> current,
            Consumer<IntegrityProblem> problems) {
        jdbc
                .sql("""
                        select record_id, max(version) from revision
                        where record_type = :type and record_id > :after and record_id <= :upTo group by record_id order by record_id""")
                .param("type", kind.recordType().name())
                .param("after", after)
                .param("upTo", upTo)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .filter(e -> !current.containsKey(e.getKey()))
                .forEach(e -> problems.accept(IntegrityProblem.of(
                        "removed",
                        IntegrityProblem.words("what.record", "type", kind.recordType(), "id", e.getKey()),
                        IntegrityProblem.words("rowGone", "version", e.getValue()))));
    }
}
