package org.casebook.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Which pairs are worth scoring: persons that share a pair of name skeletons (given name and father's name in
 * either order), or one skeleton, or a national ID number. Comparing every pair of a million persons is out of the question; comparing
 * everyone named Memet with each other nearly so. A block that grows too large for its key to mean much is split
 * by birth decade and, separately, by hometown; if those parts are still too large, by both at once; what is still
 * too large then is left out.
 */
final class Blocking {
    /** A block larger than this is split, or, if still too large, left out: its key says too little. */
    static final int MAX_BLOCK = 200;

    private Blocking() {}

    public record Pair(int a, int b) {}

    /** Receives candidate pairs; called from several threads at once. */
    public interface PairConsumer {
        void accept(int a, int b);
    }

    static long[] blockKeys(MatchCandidate c) {
        List<String> skeletons = c.skeletons();
        int n = skeletons.size();
        // In arrays, not boxed: every row of an import and every person it holds passes here.
        long[] keys = new long[n + n * (n - 1) / 2 + 1];
        int count = 0;
        for (String s : skeletons) {
            keys[count++] = mix(s.hashCode(), 0x5bd1e995);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                String x = skeletons.get(i).compareTo(skeletons.get(j)) < 0 ? skeletons.get(i) : skeletons.get(j);
                String y = x.equals(skeletons.get(i)) ? skeletons.get(j) : skeletons.get(i);
                keys[count++] = mix(x.hashCode(), y.hashCode());
            }
        }
        if (c.nationalId() != null) {
            // Records of one number are compared whatever their names: a Chinese list and a relative's report.
            keys[count++] = mix(c.nationalId().hashCode(), 0x1d2e3f4a);
        }
        return firstOfEach(keys, count);
    }

    /** The first {@code count} keys, each once, in the order first met. */
    private static long[] firstOfEach(long[] keys, int count) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            boolean seen = false;
            for (int j = 0; j < kept && !seen; j++) {
                seen = keys[j] == keys[i];
            }
            if (!seen) {
                keys[kept++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, kept);
    }

    private static long mix(int a, int b) {
        long h = (long) a << 32 | (b & 0xFFFFFFFFL);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static long byDecade(long key, MatchCandidate c) {
        return c.birthFrom() == null ? 0 : mix(Long.hashCode(key), 31 * (c.birthFrom() / 10));
    }

    private static long byHometown(long key, MatchCandidate c) {
        return c.hometown() == null
                ? 0
                : mix(Long.hashCode(key), 17 * c.hometown().hashCode());
    }

    private static long byBoth(long key, MatchCandidate c) {
        return c.birthFrom() == null || c.hometown() == null ? 0 : byHometown(byDecade(key, c), c);
    }

    /** A key narrowed by birth decade, by hometown, and by both (0 where the candidate lacks what narrows it). */
    static long[] refined(long key, MatchCandidate c) {
        return new long[] {byDecade(key, c), byHometown(key, c), byBoth(key, c)};
    }

    /**
     * The blocks a candidate's keys put it in: a key's own block when it is small enough, else that block narrowed
     * by birth decade and by hometown, else by both at once; a block still too large is left out.
     *
     * @param size how many candidates are in a block (a key no one has may answer 0 or null)
     */
    static long[] usable(long[] keys, MatchCandidate c, Function<Long, Integer> size) {
        long[] usable = new long[keys.length * 2];
        int count = 0;
        for (long key : keys) {
            if (small(size.apply(key))) {
                usable[count++] = key;
                continue;
            }
            boolean split = false;
            for (long refined : new long[] {byDecade(key, c), byHometown(key, c)}) {
                if (refined != 0 && small(size.apply(refined))) {
                    usable[count++] = refined;
                    split = true;
                }
            }
            long both = byBoth(key, c);
            if (!split && both != 0 && small(size.apply(both))) {
                usable[count++] = both;
            }
        }
        return Arrays.copyOf(usable, count);
    }

    private static boolean small(Integer size) {
        return size == null || size <= MAX_BLOCK;
    }

    /** Candidate pairs as indexes into {@code candidates}, each pair once, in no particular order. */
    public static List<Pair> pairs(List<MatchCandidate> candidates) {
        List<Pair> pairs = new ArrayList<>();
        forEachPair(candidates, (a, b) -> {
            synchronized (pairs) {
                pairs.add(new Pair(a, b));
            }
        });
        return pairs;
    }

    /**
     * Calls {@code consumer} once for every candidate pair (smaller index first), from several threads. Each
     * person gets the keys of the blocks it is in, sorted; a pair sharing several blocks is reported only in the
     * block of the smallest key both have, so no set of pairs already seen is needed even for a million persons.
     */
    public static void forEachPair(List<MatchCandidate> candidates, PairConsumer consumer) {
        int n = candidates.size();
        long[][] blockKeys = new long[n][];
        Map<Long, Integer> sizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MatchCandidate c = candidates.get(i);
            blockKeys[i] = blockKeys(c);
            for (long key : blockKeys[i]) {
                sizes.merge(key, 1, Integer::sum);
                for (long refined : new long[] {byDecade(key, c), byHometown(key, c), byBoth(key, c)}) {
                    if (refined != 0) {
                        sizes.merge(refined, 1, Integer::sum);
                    }
                }
            }
        }
        long[][] blocksOf = new long[n][];
        Map<Long, int[]> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MatchCandidate c = candidates.get(i);
            blocksOf[i] = usable(blockKeys[i], c, sizes::get);
            Arrays.sort(blocksOf[i]);
            for (long key : blocksOf[i]) {
                // Slot 0 holds how many members are filled in.
                int[] m = members.computeIfAbsent(key, k -> new int[sizes.get(k) + 1]);
                m[++m[0]] = i;
            }
        }
        List<Map.Entry<Long, int[]>> blocks = new ArrayList<>(members.entrySet());
        IntStream.range(0, blocks.size()).parallel().forEach(b -> {
            long key = blocks.get(b).getKey();
            int[] m = blocks.get(b).getValue();
            for (int i = 1; i <= m[0]; i++) {
                for (int j = i + 1; j <= m[0]; j++) {
                    if (smallestShared(blocksOf[m[i]], blocksOf[m[j]]) == key) {
                        consumer.accept(Math.min(m[i], m[j]), Math.max(m[i], m[j]));
                    }
                }
            }
        });
    }

    private static long smallestShared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Long.MIN_VALUE;
    }
}
