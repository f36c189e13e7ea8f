package org.casebook.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which pairs are worth scoring: persons that share a pair of name skeletons (given name and father's name in
 * either order), or one skeleton. Comparing every pair of a million persons is out of the question; comparing
 * everyone named Memet with each other nearly so. A block that grows too large for its key to mean much is split
 * by birth decade and, separately, by hometown.
 */
public final class Blocking {
    /** A block larger than this is split, or, if still too large, left out: its key says too little. */
    static final int MAX_BLOCK = 200;

    private Blocking() {
    }

    public record Pair(int a, int b) {
    }

    public interface PairConsumer {
        void accept(int a, int b);
    }

    public static long[] keys(MatchCandidate c) {
        List<String> skeletons = c.skeletons();
        List<Long> keys = new ArrayList<>();
        for (String s : skeletons) {
            keys.add(mix(s.hashCode(), 0x5bd1e995));
        }
        for (int i = 0; i < skeletons.size(); i++) {
            for (int j = i + 1; j < skeletons.size(); j++) {
                String x = skeletons.get(i).compareTo(skeletons.get(j)) < 0 ? skeletons.get(i) : skeletons.get(j);
                String y = x.equals(skeletons.get(i)) ? skeletons.get(j) : skeletons.get(i);
                keys.add(mix(x.hashCode(), y.hashCode()));
            }
        }
        return keys.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
    }

    private static long mix(int a, int b) {
        long h = (long) a << 32 | (b & 0xFFFFFFFFL);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** Candidate pairs as indexes into {@code candidates}, each pair once. */
    public static List<Pair> pairs(List<MatchCandidate> candidates) {
        List<Pair> pairs = new ArrayList<>();
        forEachPair(candidates, (a, b) -> pairs.add(new Pair(a, b)));
        return pairs;
    }

    /**
     * Calls {@code consumer} once for every candidate pair. A pair sharing several blocks is reported only in the
     * first block (by key order) it shares, so no set of seen pairs is needed even for a million persons.
     */
    public static void forEachPair(List<MatchCandidate> candidates, PairConsumer consumer) {
        long[][] keysOf = new long[candidates.size()][];
        Map<Long, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            keysOf[i] = keys(candidates.get(i));
            for (long key : keysOf[i]) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, List<Integer>> refined = new HashMap<>();
        for (Map.Entry<Long, List<Integer>> block : blocks.entrySet()) {
            if (block.getValue().size() <= MAX_BLOCK) {
                continue;
            }
            for (int i : block.getValue()) {
                MatchCandidate c = candidates.get(i);
                if (c.birthFrom() != null) {
                    refined.computeIfAbsent(mix(Long.hashCode(block.getKey()), 31 * (c.birthFrom() / 10)), k -> new ArrayList<>()).add(i);
                }
                if (c.hometown() != null) {
                    refined.computeIfAbsent(mix(Long.hashCode(block.getKey()), 17 * Objects.hash(c.hometown(), "h")),
                            k -> new ArrayList<>()).add(i);
                }
            }
        }
        emit(blocks, keysOf, null, consumer);
        // Refined blocks are few; a pair met in two of them (same decade and same hometown) is reported once.
        java.util.Set<Long> seen = new java.util.HashSet<>();
        emit(refined, keysOf, blocks, (a, b) -> {
            if (seen.add((long) a << 32 | b)) {
                consumer.accept(a, b);
            }
        });
    }

    private static void emit(Map<Long, List<Integer>> blocks, long[][] keysOf, Map<Long, List<Integer>> coarse,
                             PairConsumer consumer) {
        for (Map.Entry<Long, List<Integer>> block : blocks.entrySet()) {
            List<Integer> members = block.getValue();
            if (members.size() < 2 || members.size() > MAX_BLOCK) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    int a = members.get(i);
                    int b = members.get(j);
                    boolean first = coarse == null ? firstSharedKey(keysOf[a], keysOf[b], blocks) == block.getKey()
                            : !shareUsableCoarseBlock(keysOf[a], keysOf[b], coarse);
                    if (first) {
                        consumer.accept(Math.min(a, b), Math.max(a, b));
                    }
                }
            }
        }
    }

    /** The smallest key both share whose block is small enough to be used. */
    private static long firstSharedKey(long[] a, long[] b, Map<Long, List<Integer>> blocks) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                if (blocks.get(a[i]).size() <= MAX_BLOCK) {
                    return a[i];
                }
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Long.MIN_VALUE;
    }

    private static boolean shareUsableCoarseBlock(long[] a, long[] b, Map<Long, List<Integer>> coarse) {
        return firstSharedKey(a, b, coarse) != Long.MIN_VALUE;
    }

}
