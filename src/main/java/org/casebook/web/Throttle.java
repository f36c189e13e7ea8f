package org.casebook.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts recent attempts per purpose and address, in memory only: rate limiting needs nothing written down, and a
 * visitor's address is not something the record should keep.
 */
@Component
public class Throttle {
    private static final int MAX_KEYS = 100_000;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** Records an attempt and says whether it is within {@code limit} per {@code window}. */
    public boolean allow(String purpose, String address, int limit, Duration window) {
        if (attempts.size() > MAX_KEYS) {
            attempts.clear();
        }
        Instant now = clock.instant();
        Deque<Instant> recent = attempts.computeIfAbsent(purpose + "|" + address, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.pollFirst();
            }
            if (recent.size() >= limit) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }
}
