package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckAheadTest {
    @Test
    void itemsArriveInOrderAndThenTheEnd() throws Exception {
        List<Integer> got = new ArrayList<>();
        try (CheckAhead<Integer> ahead = new CheckAhead<>("test-ahead", 2, out -> {
            for (int i = 0; i < 100; i++) {
                out.accept(i);
            }
        })) {
            Integer item;
            while ((item = ahead.next()) != null) {
                got.add(item);
            }
        }
        assertThat(got).hasSize(100).isSorted().startsWith(0).endsWith(99);
    }

    @Test
    void theProducersFailureReachesTheConsumerAfterWhatCameBefore() throws Exception {
        try (CheckAhead<String> ahead = new CheckAhead<>("test-ahead", 2, out -> {
            out.accept("first");
            throw new IOException("the file broke");
        })) {
            assertThat(ahead.next()).isEqualTo("first");
            assertThatThrownBy(ahead::next)
                    .isInstanceOf(IllegalStateException.class)
                    .hasCauseInstanceOf(IOException.class);
        }
    }

    @Test
    void closingStopsTheProducerWithinAFewItems() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CheckAhead<Integer> ahead = new CheckAhead<>("test-ahead", 2, out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.accept(made.incrementAndGet());
            }
        });
        assertThat(ahead.next()).isEqualTo(1);
        ahead.close();
        // Closed: the producer has returned (close waits for it), at most the queue's two and the one in hand later.
        assertThat(made.get()).isLessThanOrEqualTo(5);
    }
}
