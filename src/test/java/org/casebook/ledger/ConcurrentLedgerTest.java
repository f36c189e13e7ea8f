package org.casebook.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casebook.access.CurrentUser;
import org.casebook.person.NameCommand;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonService;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many writers against a sequencer that never rests: a queued revision whose transaction commits while a batch is
 * being appended must stay queued for the next batch, never vanish unlogged.
 */
@SpringBootTest(properties = "casebook.ledger.sequence-every-ms=1")
class ConcurrentLedgerTest {
    private static final int WRITERS = 6;
    private static final int PERSONS_EACH = 60;

    @Autowired
    PersonService persons;

    @Autowired
    PersonEdits personEdits;

    @Autowired
    Ledger ledger;

    @Autowired
    Verification verification;

    @Autowired
    JdbcClient jdbc;

    @RepeatedTest(2)
    void everyRevisionIsLoggedExactlyOnceWhileWritersRace() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(
                WRITERS + 1, Thread.ofPlatform().daemon().factory());
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<?> sequencer = pool.submit(() -> {
            while (writing.get()) {
                ledger.sequencePending();
            }
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> CurrentUser.asSystem("writer-" + writer, () -> {
                for (int i = 0; i < PERSONS_EACH; i++) {
                    personEdits.create(
                            new PersonCommand(
                                    "female",
                                    1980,
                                    1980,
                                    null,
                                    null,
                                    null,
                                    null,
                                    true,
                                    List.of(new NameCommand(
                                            "Racer" + writer + " Number" + i, "primary", "en", null, null)),
                                    null,
                                    null,
                                    null),
                            "writer-" + writer);
                }
                return null;
            })));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        writing.set(false);
        sequencer.get();
        pool.shutdown();
        ledger.sequencePending();

        long revisions =
                jdbc.sql("select count(*) from revision").query(Long.class).single();
        long logged = jdbc.sql("select count(*) from ledger_leaf where entry_type = 'revision'")
                .query(Long.class)
                .single();
        long distinct = jdbc.sql("select count(distinct ref_id) from ledger_leaf where entry_type = 'revision'")
                .query(Long.class)
                .single();
        assertThat(logged).isEqualTo(revisions).isEqualTo(distinct);
        assertThat(jdbc.sql("select count(*) from ledger_queue")
                        .query(Long.class)
                        .single())
                .isZero();
        Verification.Report report = verification.run(p -> {});
        assertThat(report.problems()).isEmpty();
    }
}
