package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two writers: every chunk once, two at a time, in order where a chunk depends on the one before it. */
@Timeout(30)
class ChunkWritersTest {
    private final Map<Integer, Long> began = new ConcurrentHashMap<>();
    private final Map<Integer, Long> ended = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> earlierKept = new ConcurrentHashMap<>();

    @Test
    void twoChunksAreWrittenAtOnceAndEveryChunkOnce() throws Exception {
        CountDownLatch secondBegun = new CountDownLatch(1);
        ChunkWriters.Ending ending = writers(20, chunk -> true, chunk -> {
                    if (chunk == 0) {
                        // Returns only once the second chunk is being written beside it.
                        assertThat(await(secondBegun)).isTrue();
                    }
                    if (chunk == 1) {
                        secondBegun.countDown();
                    }
                    return true;
                })
                .run();

        assertThat(ending).isEqualTo(ChunkWriters.Ending.finished);
        assertThat(ended.keySet()).containsExactlyInAnyOrderElementsOf(range(20));
        assertThat(earlierKept.get(0)).isTrue();
        assertThat(earlierKept.get(1)).as("begun while the first was under way").isFalse();
    }

    @Test
    void aChunkBeginsOnlyOnceTheOneTwoBeforeItIsKept() throws Exception {
        writers(12, chunk -> true, chunk -> {
                    pause(chunk % 3 == 0 ? 60 : 1);
                    return true;
                })
                .run();

        for (int chunk = 2; chunk < 12; chunk++) {
            assertThat(began.get(chunk)).as("chunk " + chunk).isGreaterThanOrEqualTo(ended.get(chunk - 2));
        }
    }

    @Test
    void aChunkThatDoesNotStandAloneWaitsForTheOneBeforeIt() throws Exception {
        Set<Integer> dependent = Set.of(3, 7, 8);
        writers(12, chunk -> !dependent.contains(chunk), chunk -> {
                    // The chunk before a dependent one is slow: one writer is free long before it ends.
                    pause(dependent.contains(chunk + 1) ? 80 : 1);
                    return true;
                })
                .run();

        for (int chunk : dependent) {
            assertThat(began.get(chunk)).as("chunk " + chunk).isGreaterThanOrEqualTo(ended.get(chunk - 1));
            assertThat(earlierKept.get(chunk)).isTrue();
        }
    }

    @Test
    void aWriterFindingTheImportStoppedEndsTheRun() throws Exception {
        ChunkWriters.Ending ending =
                writers(50, chunk -> true, chunk -> chunk != 3).run();

        assertThat(ending).isEqualTo(ChunkWriters.Ending.stopped);
        assertThat(ended.keySet()).contains(0, 1, 2).allMatch(chunk -> chunk <= 4);
    }

    @Test
    void aWritersFailureEndsTheRunAndIsThrown() {
        IllegalStateException failure = new IllegalStateException("chunk 3");
        ChunkWriters<Integer> writers = writers(50, chunk -> true, chunk -> {
            if (chunk == 3) {
                throw failure;
            }
            return true;
        });

        assertThatThrownBy(writers::run).isSameAs(failure);
        assertThat(ended.keySet()).allMatch(chunk -> chunk <= 4);
    }

    @Test
    void aFailureInTheSourceIsThrown() {
        IllegalStateException failure = new IllegalStateException("unreadable row");
        int[] next = {0};
        ChunkWriters<Integer> writers = new ChunkWriters<>(
                () -> {
                    if (next[0] == 5) {
                        throw failure;
                    }
                    return next[0]++;
                },
                chunk -> true,
                (chunk, kept) -> record(chunk, kept, c -> true));

        assertThatThrownBy(writers::run).isSameAs(failure);
        assertThat(ended.keySet()).contains(0).allMatch(chunk -> chunk < 5);
    }

    private ChunkWriters<Integer> writers(int chunks, Predicate<Integer> standsAlone, Predicate<Integer> write) {
        int[] next = {0};
        return new ChunkWriters<>(
                () -> next[0] < chunks ? next[0]++ : null, standsAlone, (chunk, kept) -> record(chunk, kept, write));
    }

    private boolean record(int chunk, boolean kept, Predicate<Integer> write) {
        assertThat(began.putIfAbsent(chunk, System.nanoTime()))
                .as("chunk " + chunk + " once")
                .isNull();
        earlierKept.put(chunk, kept);
        boolean written = write.test(chunk);
        if (written) {
            ended.put(chunk, System.nanoTime());
        }
        return written;
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
