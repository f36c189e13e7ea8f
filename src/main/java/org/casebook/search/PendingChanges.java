package org.casebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.person.PersonChanged;
import org.casebook.person.PersonMerged;
import org.casebook.source.SourceChanged;
import org.casebook.source.SourceRetracted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the index on disk may not hold yet. Each change is written to {@code search_pending} in the writer's own
 * transaction; {@link #catchUp} re-indexes the persons behind the rows it reads, commits the index to disk, and only
 * then deletes exactly those rows. A crash loses at most uncommitted index work, which the next start redoes.
 */
@Component
@Order(1)
public class PendingChanges implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(PendingChanges.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SearchIndexer indexer;
    private final SearchIndex index;
    private final ClaimService claims;

    PendingChanges(JdbcClient jdbc, JdbcTemplate batch, SearchIndexer indexer, SearchIndex index, ClaimService claims) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.indexer = indexer;
        this.index = index;
        this.claims = claims;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onPersonChanged(PersonChanged event) {
        person(event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onPersonMerged(PersonMerged event) {
        person(event.merged());
        person(event.into());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onSourceChanged(SourceChanged event) {
        source(event.sourceId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onSourceRetracted(SourceRetracted event) {
        source(event.sourceId());
    }

    /**
     * Persons written in bulk (an imported list's new persons), to index at the next catch-up; in the writer's
     * transaction, so the index learns of them exactly when they commit.
     */
    public void persons(List<Long> ids) {
        if (!ids.isEmpty()) {
            batch.update("insert into search_pending (person_id) select unnest(?::bigint[])", (Object)
                    ids.toArray(Long[]::new));
        }
    }

    private void person(long id) {
        jdbc.sql("insert into search_pending (person_id) values (:id)")
                .param("id", id)
                .update();
    }

    private void source(long id) {
        jdbc.sql("insert into search_pending (source_id) values (:id)")
                .param("id", id)
                .update();
    }

    /** After the indexer's own start (a rebuild if the index is new): what a crash left uncommitted. */
    @Override
    public void run(ApplicationArguments args) throws IOException {
        long done = catchUp();
        if (done > 0) {
            log.info("Search index brought up to date: {} changes it had not committed", done);
        }
    }

    @Scheduled(
            fixedDelayString = "${casebook.search.commit-every-ms:2000}",
            initialDelayString = "${casebook.search.commit-every-ms:2000}")
    void commitInBackground() {
        try {
            if (catchUp() == 0 && indexer.progress() == null) {
                indexer.compactWhenSplit();
            }
        } catch (IOException | RuntimeException e) {
            log.error("Committing the search index failed; the changes stay pending and are tried again", e);
        }
    }

    /**
     * Re-indexes every pending change from PostgreSQL and commits the index; returns how many rows were done. While
     * changes keep coming (a large import), the index is committed every few seconds, not after every batch: each
     * commit writes, syncs and reopens segments, and committing per thousand persons cost the import a core's tenth.
     */
    public synchronized long catchUp() throws IOException {
        long done = 0;
        long after = 0;
        long committed = System.nanoTime();
        List<Long> uncommitted = new ArrayList<>();
        List<Pending> rows;
        // A row written by a transaction that commits after a later one's is left for the next round (after > its seq).
        while (!(rows = jdbc.sql(
                                "select seq, person_id, source_id from search_pending where seq > :after order by seq limit :limit")
                        .param("after", after)
                        .param("limit", BATCH)
                        .query((rs, n) -> new Pending(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3)))
                        .list())
                .isEmpty()) {
            Set<Long> persons = new LinkedHashSet<>();
            for (Pending row : rows) {
                if (row.personId() != null) {
                    persons.add(row.personId());
                } else {
                    claims.fromSource(row.sourceId()).stream()
                            .map(Claim::personId)
                            .filter(Objects::nonNull)
                            .forEach(persons::add);
                }
                uncommitted.add(row.seq());
            }
            indexer.write(List.copyOf(persons));
            after = rows.getLast().seq();
            if (System.nanoTime() - committed > COMMIT_EVERY_NANOS) {
                done += commit(uncommitted);
                committed = System.nanoTime();
            }
        }
        return done + commit(uncommitted);
    }

    /** Commits the index, then forgets exactly the rows it now holds. */
    private int commit(List<Long> seqs) throws IOException {
        if (seqs.isEmpty()) {
            return 0;
        }
        index.commitAndRefresh();
        batch.update("delete from search_pending where seq = any(?)", (Object) seqs.toArray(Long[]::new));
        int n = seqs.size();
        seqs.clear();
        return n;
    }

    private static final long COMMIT_EVERY_NANOS = 5_000_000_000L;

    private record Pending(long seq, Long personId, Long sourceId) {}
}
