package org.casebook.intake;

import java.util.BitSet;
import java.util.function.Predicate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * An import's chunks written by two writers at once, each chunk in a transaction of its own, taken in the order they
 * were checked. One writer's chunk was with PostgreSQL while the same thread prepared the next, taking turns; two
 * writers share the two cores instead (docs/benchmarks.md). A chunk is written beside the one before it only when it
 * stands alone (the caller says which do: {@link ListImportRun#standsAlone}), otherwise once the chunk before it has
 * been kept; and every chunk waits for the one two before it, so no more than two are under way.
 *
 * @param <T> a chunk
 */
final class ChunkWriters<T> {
    static final int WRITERS = 2;

    /** The chunks in order; null when there are no more. */
    interface Source<T> {
        T next() throws InterruptedException;
    }

    /**
     * Writes one chunk in its own transaction; false when the import was found stopped and nothing was written.
     *
     * @param everyEarlierKept whether every chunk before it had been kept when it began
     */
    interface Writer<T> {
        boolean write(T chunk, boolean everyEarlierKept);
    }

    enum Ending {
        /** The source ran out and every chunk was kept. */
        finished,
        /** A writer found the import stopped: the chunks before it may or may not have been kept. */
        stopped
    }

    private record Taken<T>(int index, T chunk) {}

    private final Source<T> source;
    private final Predicate<T> standsAlone;
    private final Writer<T> writer;
    private final Object taking = new Object();
    /** Chunks kept, by index. */
    private final BitSet kept = new BitSet();

    private int taken;
    private boolean exhausted;
    private boolean stopped;
    private Throwable failure;

    ChunkWriters(Source<T> source, Predicate<T> standsAlone, Writer<T> writer) {
        this.source = source;
        this.standsAlone = standsAlone;
        this.writer = writer;
    }

    /** Writes every chunk with {@link #WRITERS} writers, the calling thread one of them; a writer's failure is thrown. */
    Ending run() throws InterruptedException {
        Thread other = Thread.ofPlatform()
                .name("list-import-writer")
                .daemon()
                .start(new DelegatingSecurityContextRunnable(this::work));
        work();
        other.join();
        synchronized (this) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return stopped ? Ending.stopped : Ending.finished;
        }
    }

    private void work() {
        try {
            Taken<T> next;
            while ((next = take()) != null) {
                boolean alone = standsAlone.test(next.chunk);
                if (!awaitKept(next.index - (alone ? 2 : 1))) {
                    return;
                }
                if (writer.write(next.chunk, isKept(next.index - 1))) {
                    keep(next.index);
                } else {
                    end(null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(e);
        } catch (RuntimeException | Error e) {
            end(e);
        }
    }

    /** The next chunk in order, or null when there is none or the writing has ended. */
    private Taken<T> take() throws InterruptedException {
        synchronized (taking) {
            if (ended()) {
                return null;
            }
            T chunk = source.next();
            synchronized (this) {
                exhausted = chunk == null;
                // Ended while the chunk was being checked: it is not written.
                return chunk == null || stopped || failure != null ? null : new Taken<>(taken++, chunk);
            }
        }
    }

    private synchronized boolean ended() {
        return exhausted || stopped || failure != null;
    }

    /** Waits until every chunk up to {@code index} has been kept; false if the writing ended first. */
    private synchronized boolean awaitKept(int index) throws InterruptedException {
        while (!isKept(index)) {
            if (stopped || failure != null) {
                return false;
            }
            wait();
        }
        return true;
    }

    /** Whether every chunk up to {@code index} has been kept. */
    private synchronized boolean isKept(int index) {
        return kept.nextClearBit(0) > index;
    }

    private synchronized void keep(int index) {
        kept.set(index);
        notifyAll();
    }

    private synchronized void end(Throwable cause) {
        if (cause != null && failure == null) {
            failure = cause;
        }
        stopped = true;
        notifyAll();
    }
}
