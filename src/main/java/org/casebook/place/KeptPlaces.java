package org.casebook.place;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.casebook.database.TransactionEnds;

/**
 * Places read by id, kept in memory: the gazetteer changes seldom, and every public page of a person with a hometown
 * reads it. Only this service writes places, and a restore goes into a new store, so a copy is dropped when a write
 * of this server completes, and read again from the database on the next page.
 */
final class KeptPlaces {
    /** A gazetteer larger than this is read from the database for the rest. */
    static final int MOST = 50_000;

    /**
     * Replaced whole on every write, so that a page that read a place before the write commits puts it into a copy
     * that is already dropped.
     */
    private volatile Map<Long, Place> kept = new ConcurrentHashMap<>();

    Map<Long, Place> byIds(Collection<Long> ids, Function<Collection<Long>, Map<Long, Place>> database) {
        Map<Long, Place> copy = kept;
        Map<Long, Place> found = new HashMap<>();
        for (Long id : ids) {
            Place place = copy.get(id);
            if (place != null) {
                found.put(id, place);
            }
        }
        if (found.size() < ids.size()) {
            Map<Long, Place> read = database.apply(
                    ids.stream().filter(id -> !found.containsKey(id)).toList());
            found.putAll(read);
            if (copy.size() + read.size() <= MOST) {
                copy.putAll(read);
            }
        }
        return found;
    }

    /** Drops the copy now, and again once the write's transaction ends, committed or not. */
    void changed() {
        TransactionEnds.nowAndAtEnd(() -> kept = new ConcurrentHashMap<>());
    }
}
