package org.casebook.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.names.NameMatch;

/**
 * The persons a {@link RecordMatcher} holds, as columns of numbers instead of an object each, and their blocks as
 * chains in arrays instead of a map of lists. A million-row import holds a million persons and two or more blocks
 * each; as objects, the garbage collector traced them again and again for the whole import (52 processor-seconds of
 * a million-row run), and the scoring compared words as strings and looked their frequencies up in maps. Here every
 * word is numbered once, its weights worked out once, and a person's words are numbers in one shared pool.
 *
 * <p>Not safe for several threads: an import's check has one.
 */
final class HeldPersons {
    private static final int NONE = Integer.MIN_VALUE;

    /** The words of every name, hometown and gender, numbered; shared by a matcher and its chunks' matchers. */
    static final class Words {
        private final DuplicateScorer scorer;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private double[] tokenWeights = new double[64];
        private double[] skeletonWeights = new double[64];
        private int[] lengths = new int[64];
        private int[] letterBits = new int[64];
        private final int unknownGender;
        /** The national ID numbers' match keys, one per person: numbered apart from the words, in bytes. */
        private final TextIds nationalIds = new TextIds();

        Words(DuplicateScorer scorer) {
            this.scorer = scorer;
            this.unknownGender = id("unknown");
        }

        int id(String word) {
            if (word == null) {
                return -1;
            }
            Integer known = ids.get(word);
            if (known != null) {
                return known;
            }
            int id = words.size();
            words.add(word);
            ids.put(word, id);
            if (id == tokenWeights.length) {
                tokenWeights = Arrays.copyOf(tokenWeights, id * 2);
                skeletonWeights = Arrays.copyOf(skeletonWeights, id * 2);
                lengths = Arrays.copyOf(lengths, id * 2);
                letterBits = Arrays.copyOf(letterBits, id * 2);
            }
            tokenWeights[id] = scorer.tokenWeight(word);
            skeletonWeights[id] = scorer.skeletonWeight(word);
            lengths[id] = word.length();
            letterBits[id] = NameMatch.letterBits(word);
            return id;
        }

        String word(int id) {
            return id < 0 ? null : words.get(id);
        }

        /** The scorer whose frequencies gave the words their weights. */
        DuplicateScorer scorer() {
            return scorer;
        }
    }

    private final Words words;
    private int size;
    private long[] ids = new long[16];
    private int[] birthFrom = new int[16];
    private int[] birthTo = new int[16];
    private int[] gender = new int[16];
    private int[] hometown = new int[16];
    /** The number of the person's match key in {@link Words#nationalIds}; -1 for none. */
    private int[] nationalIds = new int[16];
    /** Where each person's words begin in {@link #pool}: the counts of tokens, skeletons and primary tokens, then them. */
    private int[] namesAt = new int[16];

    private int[] pool = new int[256];
    private int poolSize;

    private final BlockChains blocks = new BlockChains();
    /** Which probe last met each person while gathering members: no set of boxed numbers per probe. */
    private int[] metBy = new int[16];

    private int probe;
    /** Where {@link #members} gathers, kept from probe to probe. */
    private int[] found = new int[64];

    private DuplicateScorer.Band band;

    HeldPersons(Words words) {
        this.words = words;
    }

    Words words() {
        return words;
    }

    int size() {
        return size;
    }

    /** A person joins, in the blocks its keys give (as {@link Blocking} narrows them). */
    void add(MatchCandidate candidate) {
        int at = write(candidate);
        size++;
        for (long key : Blocking.blockKeys(candidate)) {
            blocks.add(key, at);
            for (long refined : Blocking.refined(key, candidate)) {
                if (refined != 0) {
                    blocks.add(refined, at);
                }
            }
        }
    }

    /** The probe written after the last person, without joining: {@link #weigh} compares it by its place. */
    int probe(MatchCandidate candidate) {
        int at = write(candidate);
        poolSize = namesAt[at];
        return at;
    }

    private int write(MatchCandidate c) {
        int at = size;
        if (at == ids.length) {
            int grown = at * 2;
            ids = Arrays.copyOf(ids, grown);
            birthFrom = Arrays.copyOf(birthFrom, grown);
            birthTo = Arrays.copyOf(birthTo, grown);
            gender = Arrays.copyOf(gender, grown);
            hometown = Arrays.copyOf(hometown, grown);
            nationalIds = Arrays.copyOf(nationalIds, grown);
            namesAt = Arrays.copyOf(namesAt, grown);
            metBy = Arrays.copyOf(metBy, grown);
        }
        ids[at] = c.id();
        birthFrom[at] = c.birthFrom() == null ? NONE : c.birthFrom();
        birthTo[at] = c.birthTo() == null ? NONE : c.birthTo();
        gender[at] = words.id(c.gender());
        hometown[at] = words.id(c.hometown());
        nationalIds[at] = c.nationalId() == null ? -1 : words.nationalIds.id(c.nationalId());
        namesAt[at] = poolSize;
        int need = 3
                + c.tokens().size()
                + c.skeletons().size()
                + 2 * c.primaryTokens().size();
        if (poolSize + need > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + need));
        }
        pool[poolSize++] = c.tokens().size();
        pool[poolSize++] = c.skeletons().size();
        pool[poolSize++] = c.primaryTokens().size();
        for (List<String> list : List.of(c.tokens(), c.skeletons(), c.primaryTokens(), c.primarySkeletons())) {
            for (String word : list) {
                pool[poolSize++] = words.id(word);
            }
        }
        return at;
    }

    /** The person at {@code at} as the scorer takes it: the same lists, in the same order. */
    MatchCandidate candidate(int at) {
        int p = namesAt[at];
        int tokens = pool[p];
        int skeletons = pool[p + 1];
        int primary = pool[p + 2];
        int from = p + 3;
        return new MatchCandidate(
                ids[at],
                birthFrom[at] == NONE ? null : birthFrom[at],
                birthTo[at] == NONE ? null : birthTo[at],
                words.word(gender[at]),
                words.word(hometown[at]),
                nationalIds[at] < 0 ? null : words.nationalIds.text(nationalIds[at]),
                wordList(from, tokens),
                wordList(from + tokens, skeletons),
                wordList(from + tokens + skeletons, primary),
                wordList(from + tokens + skeletons + primary, primary));
    }

    private List<String> wordList(int from, int count) {
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(words.word(pool[from + i]));
        }
        return List.copyOf(list);
    }

    /** How many persons a block holds; 0 for a key no one has. */
    int blockSize(long key) {
        return blocks.size(key);
    }

    /** The members of the given blocks, each once, in the order they were met. */
    int[] members(long[] keys) {
        if (++probe == Integer.MAX_VALUE) {
            Arrays.fill(metBy, 0);
            probe = 1;
        }
        int count = 0;
        for (long key : keys) {
            for (int e = blocks.first(key); e >= 0; e = blocks.next(e)) {
                int member = blocks.member(e);
                if (metBy[member] != probe) {
                    metBy[member] = probe;
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = member;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * {@link DuplicateScorer#quickScore} of the persons at {@code a} and {@code b}, on word numbers: the same
     * comparisons in the same order, so the same weight; its band is then {@link #band()}.
     */
    double weigh(int a, int b) {
        int pa = namesAt[a];
        int pb = namesAt[b];
        boolean aShorter = pool[pa] <= pool[pb];
        int shorter = aShorter ? pa : pb;
        int longer = aShorter ? pb : pa;
        int longerTokens = pool[longer];
        int longerSkeletons = pool[longer + 1];
        int primary = pool[shorter + 2];
        int primaryAt = shorter + 3 + pool[shorter] + pool[shorter + 1];
        double weight = 0;
        int matched = 0;
        for (int i = 0; i < primary; i++) {
            int token = pool[primaryAt + i];
            int skeleton = pool[primaryAt + primary + i];
            if (contains(longer + 3, longerTokens, token)) {
                weight += words.tokenWeights[token];
                matched++;
            } else if (!words.word(skeleton).isEmpty()
                    && contains(longer + 3 + longerTokens, longerSkeletons, skeleton)) {
                weight += words.skeletonWeights[skeleton];
                matched++;
            } else if (words.lengths[token] >= 4 && oneEditFromAny(token, longer + 3, longerTokens)) {
                weight += DuplicateScorer.ONE_EDIT;
                matched++;
            } else {
                weight += DuplicateScorer.NO_COUNTERPART;
            }
        }
        boolean corroborated = false;
        if (nationalIds[a] >= 0 && nationalIds[b] >= 0) {
            boolean same = nationalIds[a] == nationalIds[b];
            weight += words.scorer.nationalIdWeight(same);
            corroborated = same;
        }
        if (matched == 0 && !corroborated) {
            band = DuplicateScorer.Band.different;
            return weight;
        }
        if (birthFrom[a] != NONE && birthFrom[b] != NONE) {
            int aTo = birthTo[a] == NONE ? birthFrom[a] : birthTo[a];
            int bTo = birthTo[b] == NONE ? birthFrom[b] : birthTo[b];
            double w = DuplicateScorer.birthWeight(Math.max(birthFrom[a], birthFrom[b]), Math.min(aTo, bTo));
            corroborated |= w > 0;
            weight += w;
        }
        if (hometown[a] >= 0 && hometown[b] >= 0) {
            double w = DuplicateScorer.hometownWeight(hometown[a] == hometown[b]);
            corroborated |= w > 0;
            weight += w;
        }
        if (known(gender[a]) && known(gender[b])) {
            weight += DuplicateScorer.genderWeight(gender[a] == gender[b]);
        }
        band = words.scorer.pairBand(weight, corroborated);
        return weight;
    }

    /** The band of the last {@link #weigh}. */
    DuplicateScorer.Band band() {
        return band;
    }

    private boolean known(int genderWord) {
        return genderWord >= 0 && genderWord != words.unknownGender;
    }

    private boolean contains(int from, int count, int word) {
        for (int i = from; i < from + count; i++) {
            if (pool[i] == word) {
                return true;
            }
        }
        return false;
    }

    private boolean oneEditFromAny(int token, int from, int count) {
        int length = words.lengths[token];
        int bits = words.letterBits[token];
        for (int i = from; i < from + count; i++) {
            int other = pool[i];
            if (NameMatch.mayBeOneEditApart(length, bits, words.lengths[other], words.letterBits[other])
                    && NameMatch.oneEditApart(words.word(other), words.word(token))) {
                return true;
            }
        }
        return false;
    }
}
