package org.casebook.ledger;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every revision since seals began carries the application's seal, and it holds for the row as stored; what the
 * sequencer refused to log is named with its reason.
 */
@Component
@Order(3)
class RevisionSealCheck implements IntegrityCheck {
    private static final int CHUNK = 10_000;

    private final JdbcClient jdbc;
    private final RevisionSeals seals;

    RevisionSealCheck(JdbcClient jdbc, RevisionSeals seals) {
        this.jdbc = jdbc;
        this.seals = seals;
    }

    @Override
    public String name() {
        return "revision seals";
    }

    @Override
    public long work() {
        return jdbc.sql("select count(*) from revision where id >= :first")
                .param("first", seals.firstSealedRevision())
                .query(Long.class)
                .single();
    }

    @Override
    public void run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        jdbc.sql("select entry_type, ref_id, reason from ledger_refused order by refused_at, ref_id")
                .query((rs, n) -> IntegrityProblem.of(
                        "forged",
                        IntegrityProblem.words("what.record", "type", rs.getString(1), "id", rs.getLong(2)),
                        IntegrityProblem.words("refused", "reason", rs.getString(3))))
                .list()
                .forEach(problems);
        long after = seals.firstSealedRevision() - 1;
        List<Long> ids;
        do {
            ids = jdbc.sql("select id from revision where id > :after order by id limit :limit")
                    .param("after", after)
                    .param("limit", CHUNK)
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                break;
            }
            RevisionEntries.Sealed revisions = RevisionEntries.sealed(jdbc, ids);
            Map<Long, Map<String, Object>> fields = revisions.fields();
            seals.broken(revisions)
                    .forEach((id, reason) -> problems.accept(IntegrityProblem.of(
                            "forged",
                            RevisionEntries.describe(id, fields.get(id)),
                            IntegrityProblem.words("sealBroken", "reason", reason))));
            after = ids.getLast();
            progress.accept(ids.size());
        } while (ids.size() == CHUNK);
    }
}
