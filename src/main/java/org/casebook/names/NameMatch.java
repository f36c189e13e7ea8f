package org.casebook.names;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How well one written name answers a name query, word against word. The search index finds candidates by
 * single keys; this ranks them as a reader would: every word of the query should find its own word in the name
 * (the same spelling, the same sound, a typo away, or at least the same consonants), a word found by a rare
 * name counts for more than one found by Memet, and words on either side that find no partner count against,
 * so that "Mehriban" alone ranks above "Mehriban Tursun" for the query "Mehriban Erkinjan".
 */
public final class NameMatch {
    private static final double EXACT = 1.0;
    /** The same name in another spelling (Mehmet, Memet; Ehmetcan, Ehmetjan) is closer than with -jan left off. */
    private static final double SAME_SOUND = 0.95;

    private static final double WITHOUT_SUFFIX = 0.9;
    private static final double ONE_EDIT = 0.75;
    private static final double SAME_CONSONANTS = 0.5;
    /** What a word without a partner costs, as a share of a word's weight. */
    private static final double UNMATCHED = 0.35;

    private static final double UNMATCHED_GRANDFATHER = 0.35;
    /** Given name first on both sides: a small preference, since the order of Uyghur names does vary. */
    private static final double SAME_FIRST_WORD = 0.05;

    /**
     * Names are made of a small vocabulary (given names, fathers' names, nisbas) that a search ranks a hundred
     * candidates by on every request: each word's keys are worked out once. A word's keys depend on the word alone.
     */
    private static final Remembered<String, Word> KNOWN = new Remembered<>(100_000);

    private NameMatch() {}

    /** One word of a name in its folded Latin form, with and without -jan/-gul, and its sound keys. */
    public record Word(List<String> forms, List<String> phonetic, List<String> skeletons) {
        static Word of(String token) {
            return KNOWN.get(token, Word::workedOut);
        }

        private static Word workedOut(String token) {
            List<String> forms = List.copyOf(NameKeys.forms(token));
            return new Word(
                    forms,
                    forms.stream().map(NameKeys::phonetic).toList(),
                    forms.stream().map(NameKeys::skeleton).toList());
        }

        /** The key a word's weight is looked up by: how many persons share its sound. */
        public String phoneticKey() {
            return phonetic.getFirst();
        }
    }

    /** The words of a name already brought to folded Latin ({@link NameKeys#toLatin}). */
    public static List<Word> words(String latin) {
        return NameKeys.words(latin).stream().map(Word::of).toList();
    }

    /** How alike two words are, from 0 (nothing in common) to 1 (the same spelling). */
    static double similarity(Word a, Word b) {
        if (a.forms().getFirst().equals(b.forms().getFirst())) {
            return EXACT;
        }
        if (a.phoneticKey().equals(b.phoneticKey())) {
            return SAME_SOUND;
        }
        if (shareAny(a.forms(), b.forms()) || shareAny(a.phonetic(), b.phonetic())) {
            return WITHOUT_SUFFIX;
        }
        if (oneEditApart(a.forms(), b.forms()) || oneEditApart(a.phonetic(), b.phonetic())) {
            return ONE_EDIT;
        }
        String s = a.skeletons().getFirst();
        if (s.length() >= 2 && shareAny(a.skeletons(), b.skeletons())) {
            return SAME_CONSONANTS;
        }
        return 0;
    }

    /**
     * The score of {@code name} as an answer to {@code query}: the weights of the query's words, each times how
     * alike it is to the name word it is paired with (each word pairs at most once, best pairs first), less a share
     * of the weight of every word left without a partner on either side.
     *
     * @param weight a query word's weight, higher for rarer names (an inverse document frequency)
     */
    public static double score(List<Word> query, List<Word> name, ToDoubleFunction<Word> weight) {
        if (query.isEmpty() || name.isEmpty()) {
            return 0;
        }
        double[] weights = new double[query.size()];
        double mean = 0;
        for (int i = 0; i < query.size(); i++) {
            weights[i] = weight.applyAsDouble(query.get(i));
            mean += weights[i] / query.size();
        }
        double[][] sim = new double[query.size()][name.size()];
        for (int i = 0; i < query.size(); i++) {
            for (int j = 0; j < name.size(); j++) {
                sim[i][j] = similarity(query.get(i), name.get(j));
            }
        }
        boolean[] queryUsed = new boolean[query.size()];
        boolean[] nameUsed = new boolean[name.size()];
        double score = 0;
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = 0;
            for (int i = 0; i < query.size(); i++) {
                for (int j = 0; !queryUsed[i] && j < name.size(); j++) {
                    double value = sim[i][j] * weights[i];
                    if (!nameUsed[j] && value > best) {
                        best = value;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            queryUsed[bi] = true;
            nameUsed[bj] = true;
            score += best;
            if (bi == 0 && bj == 0) {
                score += SAME_FIRST_WORD * weights[0];
            }
        }
        for (int i = 0; i < query.size(); i++) {
            score -= queryUsed[i] ? 0 : UNMATCHED * weights[i];
        }
        for (int j = 0; j < name.size(); j++) {
            // A third word is the grandfather's name, which many records leave out: missing it says less.
            score -= nameUsed[j] ? 0 : (j >= 2 ? UNMATCHED_GRANDFATHER : UNMATCHED) * mean;
        }
        return score;
    }

    /** A typo apart (Damerau: one letter inserted, dropped, changed, or two neighbours swapped), in words of 4+ letters. */
    private static boolean oneEditApart(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (Math.min(x.length(), y.length()) >= 4 && oneEditApart(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean shareAny(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The letters a word holds, as bits (several letters may share one): one edit changes at most two of them, so
     * words whose bits differ in more are not one edit apart ({@link #mayBeOneEditApart}).
     */
    public static int letterBits(String word) {
        int bits = 0;
        for (int i = 0; i < word.length(); i++) {
            bits |= 1 << (word.charAt(i) & 31);
        }
        return bits;
    }

    /**
     * False only for words surely not one edit apart, from their lengths and {@link #letterBits} alone: the duplicate
     * check compares each unmatched word with every word of hundreds of candidates, and most pairs end here.
     */
    public static boolean mayBeOneEditApart(int lengthA, int bitsA, int lengthB, int bitsB) {
        return Math.abs(lengthA - lengthB) <= 1 && Integer.bitCount(bitsA ^ bitsB) <= 2;
    }

    /** One insertion, deletion, substitution or swap of neighbours apart. */
    public static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // Compared in place: the check scores millions of pairs, and substrings made a copy each.
        if (a.length() == b.length()) {
            return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)
                    || (i + 1 < a.length()
                            && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i)
                            && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2));
        }
        return a.length() > b.length()
                ? a.regionMatches(i + 1, b, i, b.length() - i)
                : b.regionMatches(i + 1, a, i, a.length() - i);
    }
}
