package org.casebook.publish;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Snapshots of what the public site shows of a record, logged in the ledger as entries of type "public". A record's
 * own revisions hold internal fields and cannot go into a public bundle; a snapshot holds exactly the public answer,
 * so anyone can check it against the signed log.
 */
@Component
class PublicSnapshots {
    static final String ENTRY_TYPE = "public";

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicSnapshots(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the public form of a subject unless the latest snapshot already holds exactly it; one at a time per
     * subject, so two readers asking at once do not log the same snapshot twice.
     */
    @Transactional
    void record(String subject, String canonicalJson) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:subject))")
                .param("subject", subject)
                .query(Object.class)
                .single();
        Optional<String> latest = jdbc.sql(
                        "select content from public_snapshot where subject = :subject order by id desc limit 1")
                .param("subject", subject)
                .query(String.class)
                .optional();
        if (latest.isEmpty() || !latest.get().equals(canonicalJson)) {
            jdbc.sql("insert into public_snapshot (subject, content, recorded_at) values (:subject, :content, :at)")
                    .param("subject", subject)
                    .param("content", canonicalJson)
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** Every snapshot id of a subject, oldest first: a public bundle shows how the public record changed. */
    List<Long> ids(String subject) {
        return jdbc.sql("select id from public_snapshot where subject = :subject order by id")
                .param("subject", subject)
                .query(Long.class)
                .list();
    }
}
