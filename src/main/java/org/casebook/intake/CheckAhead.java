package org.casebook.intake;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Work produced on a thread of its own a few items ahead of the thread that consumes it, as the caller who starts it:
 * an import's chunks are checked (computing) while the chunk before them is written (the database), so the two
 * overlap on two cores instead of taking turns. Closing it stops the producer after the item it is on.
 */
final class CheckAhead<T> implements AutoCloseable {
    /** Makes the items, handing each to its argument in order. */
    interface Producer<T> {
        void produce(Consumer<T> out) throws Exception;
    }

    private static final Object END = new Object();

    private record Failure(Throwable cause) {}

    /** Thrown in the producer when the consumer has closed: unwinds it. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Object> ready;
    private final Thread thread;
    private volatile boolean closed;

    CheckAhead(String name, int ahead, Producer<T> producer) {
        this.ready = new ArrayBlockingQueue<>(ahead);
        this.thread = Thread.ofPlatform().name(name).daemon().start(new DelegatingSecurityContextRunnable(() -> {
            try {
                producer.produce(this::put);
                put(END);
            } catch (Closed e) {
                // The consumer stopped first: nothing is waiting for the rest.
            } catch (Exception | Error e) {
                put(new Failure(e));
            }
        }));
    }

    private void put(Object item) {
        try {
            while (!closed) {
                if (ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Closed();
    }

    /** The next item, or null once the producer is done; its failure, if it failed, is thrown here. */
    @SuppressWarnings("unchecked")
    T next() throws InterruptedException {
        Object item = ready.take();
        if (item == END) {
            return null;
        }
        if (item instanceof Failure(Throwable cause)) {
            if (cause instanceof RuntimeException e) {
                throw e;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(cause);
        }
        return (T) item;
    }

    /** Stops the producer and waits for it, so that what it reads can be closed after. */
    @Override
    public void close() {
        closed = true;
        ready.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
