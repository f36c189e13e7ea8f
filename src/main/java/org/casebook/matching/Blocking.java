package org.casebook.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which pairs are worth scoring: persons that share a pair of name skeletons (given name and father's name in
 * either order), or one skeleton that is rare. Comparing every pair of a million persons is out of the question;
 * comparing everyone named Memet with each other nearly so.
 */
public final class Blocking {
    /** A block larger than this is too common a key to say anything; its pairs come from finer keys. */
    static final int MAX_BLOCK = 200;

    private Blocking() {
    }

    public record Pair(int a, int b) {
    }

    public static Set<Long> keys(MatchCandidate c) {
        List<String> skeletons = c.skeletons();
        Set<Long> keys = new HashSet<>();
        for (String s : skeletons) {
            keys.add((long) s.hashCode() << 32 | 0xFFFFFFFFL);
        }
        for (int i = 0; i < skeletons.size(); i++) {
            for (int j = i + 1; j < skeletons.size(); j++) {
                String x = skeletons.get(i).compareTo(skeletons.get(j)) < 0 ? skeletons.get(i) : skeletons.get(j);
                String y = x.equals(skeletons.get(i)) ? skeletons.get(j) : skeletons.get(i);
                keys.add((long) x.hashCode() << 32 | (y.hashCode() & 0xFFFFFFFFL));
            }
        }
        return keys;
    }

    /** Candidate pairs as indexes into {@code candidates}, each pair once. */
    public static List<Pair> pairs(List<MatchCandidate> candidates) {
        Map<Long, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (long key : keys(candidates.get(i))) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    int a = block.get(i);
                    int b = block.get(j);
                    if (seen.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                        pairs.add(new Pair(Math.min(a, b), Math.max(a, b)));
                    }
                }
            }
        }
        return pairs;
    }
}
