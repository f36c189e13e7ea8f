package org.casebook.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.facility.FacilityChanged;
import org.casebook.person.PersonChanged;
import org.casebook.person.PersonMerged;
import org.casebook.person.PersonService;
import org.casebook.source.SourceChanged;
import org.casebook.source.SourceRetracted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index following PostgreSQL: every committed change of a person re-indexes that person at once, and a
 * rebuild walks all persons in batches, recording where it got to so that an interrupted one resumes.
 */
@Component
@Order(0)
public class SearchIndexer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 1000;
    private static final Duration STOPPING_WAIT = Duration.ofSeconds(30);

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final PersonService persons;
    private final ClaimService claims;
    private final JdbcClient jdbc;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "casebook-search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Progress> progress = new AtomicReference<>();
    private final AtomicBoolean compacting = new AtomicBoolean();
    private volatile boolean stopping;

    public SearchIndexer(
            SearchIndex index, SearchDocuments documents, PersonService persons, ClaimService claims, JdbcClient jdbc) {
        this.index = index;
        this.documents = documents;
        this.persons = persons;
        this.claims = claims;
        this.jdbc = jdbc;
    }

    public record Progress(long done, long total, boolean resumed, Instant startedAt) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }

    /**
     * A new, empty index (first start, or the folder was removed), or one written by an older Casebook, is filled
     * before the server takes requests.
     */
    @Override
    public void run(ApplicationArguments args) {
        if ((index.size() == 0 || index.writtenInAnOlderFormat()) && persons.count() > 0) {
            rebuild(true);
        } else if (rebuildUnfinished()) {
            rebuild(false);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onPersonChanged(PersonChanged event) {
        reindex(List.of(event.personId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onPersonMerged(PersonMerged event) {
        reindex(List.of(event.merged(), event.into()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSourceChanged(SourceChanged event) {
        reindex(claims.fromSource(event.sourceId()).stream()
                .map(Claim::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    /** A facility's name or publication shows in the facets of the persons held there. */
    @TransactionalEventListener(fallbackExecution = true)
    void onFacilityChanged(FacilityChanged event) {
        reindex(claims.ofPersonsAt(event.facilityId()).stream()
                .map(Claim::personId)
                .distinct()
                .toList());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSourceRetracted(SourceRetracted event) {
        onSourceChanged(new SourceChanged(event.sourceId()));
    }

    void reindex(List<Long> personIds) {
        try {
            reindexOrFail(personIds);
        } catch (IOException | RuntimeException e) {
            // The write itself committed and is pending in search_pending; the next catch-up indexes it.
            log.error("Could not update the search index for persons {}", personIds, e);
        }
    }

    void reindexOrFail(List<Long> personIds) throws IOException {
        write(personIds);
        index.refresh();
    }

    /**
     * These persons' documents written, or removed where a person is retracted or merged, not yet searchable: the
     * catch-up makes a batch searchable when it commits, every few seconds, instead of after every thousand persons
     * (each refresh flushed a small segment for the index to merge again).
     */
    void write(List<Long> personIds) throws IOException {
        List<PersonDocument> docs = documents.of(personIds);
        index.put(docs);
        Set<Long> indexed = docs.stream().map(PersonDocument::id).collect(Collectors.toSet());
        for (Long id : personIds) {
            if (!indexed.contains(id)) {
                var person = persons.find(id);
                if (person.isPresent()) {
                    index.remove(person.get().publicId());
                }
            }
        }
    }

    private boolean rebuildUnfinished() {
        return jdbc.sql("select count(*) from search_rebuild where finished_at is null")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public synchronized boolean startRebuild(boolean fromScratch) {
        Permissions.require(Role.editor);
        if (progress.get() != null) {
            return false;
        }
        progress.set(new Progress(0, persons.count(), false, Instant.now()));
        background.submit(() -> rebuild(fromScratch));
        return true;
    }

    public Progress progress() {
        return progress.get();
    }

    /**
     * Merges a split index into one segment ({@link SearchIndex#compactIfSplit}) in the rebuild's own thread, after
     * any rebuild asked for before it: merging a million persons takes tens of seconds, which the scheduler's other
     * work (the index's catch-up, the ledger's sequencing) should not wait for.
     */
    void compactWhenSplit() {
        if (!stopping && index.split() && compacting.compareAndSet(false, true)) {
            background.submit(() -> {
                try {
                    if (index.compactIfSplit()) {
                        log.info("Search index merged into one segment");
                    }
                } catch (IOException | RuntimeException e) {
                    if (stopping) {
                        // The index closes under the merge; what was merged is kept, the rest waits for the next start.
                        log.info("Merging the search index stopped with the server");
                    } else {
                        log.error("Merging the search index failed; it is searched as it is", e);
                    }
                } finally {
                    compacting.set(false);
                }
            });
        }
    }

    /**
     * Before the index closes (Spring closes this first: it depends on the index), no merge or rebuild starts, and one
     * under way has a while to finish. It is not interrupted: an interrupt in the middle of a Lucene write closes its
     * file under it.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        background.shutdown();
        if (!background.awaitTermination(STOPPING_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.info("The search index's background work goes on as the server stops; it resumes at the next start");
        }
    }

    /** Rebuilds from PostgreSQL; resumes after the last completed batch unless asked to start from scratch. */
    void rebuild(boolean fromScratch) {
        try {
            long total = persons.count();
            Long checkpoint = jdbc.sql("select last_person_id from search_rebuild where finished_at is null")
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            boolean resume = !fromScratch && checkpoint != null;
            long after = resume ? checkpoint : 0;
            if (!resume) {
                index.removeAll();
                jdbc.sql("""
                                insert into search_rebuild (id, last_person_id, started_at) values (1, 0, :now)
                                on conflict (id) do update set last_person_id = 0, started_at = :now, finished_at = null""").param("now", Timestamp.from(Instant.now())).update();
            }
            long done = resume ? persons.countUpTo(after) : 0;
            Instant started = Instant.now();
            progress.set(new Progress(done, total, resume, started));
            List<Long> ids;
            while (!(ids = persons.idsAfter(after, BATCH)).isEmpty()) {
                index.put(documents.of(ids));
                index.commitAndRefresh();
                after = ids.getLast();
                jdbc.sql("update search_rebuild set last_person_id = :after")
                        .param("after", after)
                        .update();
                done += ids.size();
                progress.set(new Progress(done, total, resume, started));
            }
            jdbc.sql("update search_rebuild set finished_at = :now")
                    .param("now", Timestamp.from(Instant.now()))
                    .update();
            index.commitAndRefresh();
            log.info("Search index rebuilt: {} persons", done);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            progress.set(null);
        }
    }
}
