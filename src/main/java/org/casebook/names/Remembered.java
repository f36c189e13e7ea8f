package org.casebook.names;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that depend on their key alone, kept for the next caller up to a number of keys and then started afresh:
 * names and their words recur, but queries can bring any number of new ones, and starting afresh costs only the
 * values worked out again.
 */
final class Remembered<K, V> {
    private final ConcurrentHashMap<K, V> known = new ConcurrentHashMap<>();
    private final int limit;

    Remembered(int limit) {
        this.limit = limit;
    }

    V get(K key, Function<K, V> work) {
        V value = known.get(key);
        if (value != null) {
            return value;
        }
        value = work.apply(key);
        if (known.size() >= limit) {
            known.clear();
        }
        known.put(key, value);
        return value;
    }
}
