package org.casebook.prooflife;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.casebook.database.TransactionEnds;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The persons any proof-of-life request is about, kept in memory: every public person page shows that person's
 * requests, and nearly every person has none, so the page need not ask the database. Requests are only ever added
 * (never deleted, and a request's person never changes), only {@link LifeRequestService#create} adds them, and a
 * restore goes into a new store; so the copy is dropped when a request is created and again when that transaction
 * ends, committed or rolled back, and read again on the next page.
 */
final class PersonsAskedAbout {
    /**
     * When the database names more persons than this (it is asked for one more), they are not kept: each page asks
     * the database, as before.
     */
    static final int MOST = 200_000;

    private final JdbcClient jdbc;
    private final AtomicLong creations = new AtomicLong();
    private volatile Set<Long> kept;

    PersonsAskedAbout(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a request may be about this person; false only when none is. */
    boolean mayInclude(long personId) {
        Set<Long> copy = kept;
        if (copy == null) {
            long seen = creations.get();
            copy = new HashSet<>(jdbc.sql("select distinct person_id from life_request limit :most")
                    .param("most", MOST + 1)
                    .query(Long.class)
                    .list());
            synchronized (this) {
                // A creation that ended while the database was read may be missing from what was read.
                if (creations.get() == seen) {
                    kept = copy;
                }
            }
        }
        return copy.size() > MOST || copy.contains(personId);
    }

    void changed() {
        TransactionEnds.nowAndAtEnd(this::drop);
    }

    private synchronized void drop() {
        creations.incrementAndGet();
        kept = null;
    }
}
