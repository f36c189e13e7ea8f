package org.casebook.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.names.NameMatch;

/**
 * Scores a pair of persons in the manner of Fellegi and Sunter: each comparison adds log2(m/u), the odds that
 * it agrees for the same person (m) against two different persons (u). Name agreement is weighed by how
 * common the name is in the data (term-frequency adjustment), so Memet = Memet counts for little and a rare name
 * for much. Birth year, hometown and gender add or subtract; the same national ID number is close to decisive. The
 * reasons say what each comparison added.
 */
public final class DuplicateScorer {
    public enum Band {
        likely_same,
        needs_review,
        different
    }

    public record Score(double weight, Band band, List<String> reasons) {}

    /**
     * Bands, in bits, for a population of up to 10,000; calibrated on generated data (docs/benchmarks.md), with
     * precision first. In a larger population any one pair is less likely to be the same person to begin with
     * (the prior odds fall as 1/N), so both bars rise by log2(N / 10,000): 6.6 bits at a million.
     */
    public static final double LIKELY_SAME = 18;

    public static final double NEEDS_REVIEW = 8;
    static final double CALIBRATED_POPULATION = 10_000;

    /** How many persons carry a name token or skeleton, out of how many: the u-probabilities of name agreement. */
    public interface Frequencies {
        long token(String token);

        long skeleton(String skeleton);

        long population();
    }

    private final Frequencies frequencies;
    private final double priorBits;

    /** Frequencies counted over a population held in memory (batch scans, the evaluation). */
    public DuplicateScorer(Collection<MatchCandidate> population) {
        Map<String, Long> tokenCounts = new HashMap<>();
        Map<String, Long> skeletonCounts = new HashMap<>();
        for (MatchCandidate c : population) {
            c.tokens().forEach(t -> tokenCounts.merge(t, 1L, Long::sum));
            c.skeletons().forEach(s -> skeletonCounts.merge(s, 1L, Long::sum));
        }
        long size = population.size();
        this.priorBits = priorBits(size);
        this.frequencies = new Frequencies() {
            public long token(String token) {
                return tokenCounts.getOrDefault(token, 0L);
            }

            public long skeleton(String skeleton) {
                return skeletonCounts.getOrDefault(skeleton, 0L);
            }

            public long population() {
                return size;
            }
        };
    }

    /** Frequencies from elsewhere (the search index, for checks while a person is being created). */
    public DuplicateScorer(Frequencies frequencies) {
        this.frequencies = frequencies;
        this.priorBits = priorBits(frequencies.population());
    }

    private static double priorBits(long population) {
        return Math.max(0, log2(population / CALIBRATED_POPULATION));
    }

    /** The weight, band and, for an editor, the reason each comparison added what it did. */
    public Score score(MatchCandidate a, MatchCandidate b) {
        return score(a, b, new ArrayList<>());
    }

    /** Weight and band alone, for scanning millions of pairs: writing the reasons would cost more than scoring. */
    public Score quickScore(MatchCandidate a, MatchCandidate b) {
        return score(a, b, null);
    }

    private Score score(MatchCandidate a, MatchCandidate b, List<String> reasons) {
        double weight = 0;
        MatchCandidate shorter = a.tokens().size() <= b.tokens().size() ? a : b;
        MatchCandidate longer = shorter == a ? b : a;
        int matched = 0;
        List<String> primary = shorter.primaryTokens();
        for (int i = 0; i < primary.size(); i++) {
            String token = primary.get(i);
            String skeleton = shorter.primarySkeletons().get(i);
            if (longer.tokens().contains(token)) {
                double w = tokenWeight(token);
                weight += w;
                matched++;
                explain(reasons, "%s = %s (%+.1f)", token, token, w);
            } else if (!skeleton.isEmpty() && longer.skeletons().contains(skeleton)) {
                double w = skeletonWeight(skeleton);
                weight += w;
                matched++;
                explain(reasons, "%s sounds like a name of the other (%+.1f)", token, w);
            } else if (token.length() >= 4 && oneEditFromAny(token, longer.tokens())) {
                weight += ONE_EDIT;
                matched++;
                explain(reasons, "%s is one letter from a name of the other (+3.0)", token);
            } else {
                weight += NO_COUNTERPART;
                explain(reasons, "%s has no counterpart (-4.0)", token);
            }
        }
        boolean corroborated = false;
        if (a.nationalId() != null && b.nationalId() != null) {
            // Close to decisive: one number is one person (u about 1/N), so agreement reaches "likely the same"
            // with room for one name word without a counterpart (a Chinese transcription), but not for names that
            // disagree altogether, which go to an editor; two numbers say two persons unless one was mistyped.
            boolean same = a.nationalId().equals(b.nationalId());
            double w = nationalIdWeight(same);
            weight += w;
            corroborated = same;
            explain(reasons, same ? "same national ID number (%+.1f)" : "different national ID numbers (%+.1f)", w);
        }
        if (matched == 0 && !corroborated) {
            return new Score(weight, Band.different, reasons == null ? List.of() : reasons);
        }
        if (a.birthFrom() != null && b.birthFrom() != null) {
            int aTo = a.birthTo() == null ? a.birthFrom() : a.birthTo();
            int bTo = b.birthTo() == null ? b.birthFrom() : b.birthTo();
            double w = birthWeight(Math.max(a.birthFrom(), b.birthFrom()), Math.min(aTo, bTo));
            corroborated |= w > 0;
            weight += w;
            if (reasons != null) {
                explain(reasons, "born %s vs %s (%+.1f)", years(a), years(b), w);
            }
        }
        if (a.hometown() != null && b.hometown() != null) {
            double w = hometownWeight(a.hometown().equals(b.hometown()));
            corroborated |= w > 0;
            weight += w;
            explain(reasons, "hometown %s vs %s (%+.1f)", a.hometown(), b.hometown(), w);
        }
        if (known(a.gender()) && known(b.gender())) {
            double w = genderWeight(a.gender().equals(b.gender()));
            weight += w;
            explain(reasons, "gender %s vs %s (%+.1f)", a.gender(), b.gender(), w);
        }
        Band band = pairBand(weight, corroborated);
        if (band != band(weight, 0)) {
            explain(reasons, "nothing but the name agrees: at most needs review");
        }
        return new Score(weight, band, reasons == null ? List.of() : reasons);
    }

    /*
     * What each comparison adds, in bits; HeldPersons scores the same comparisons on numbered words, so the figures
     * are kept here once.
     */
    static final double ONE_EDIT = 3;
    static final double NO_COUNTERPART = -4;

    double tokenWeight(String token) {
        return log2(0.95 / frequency(frequencies.token(token)));
    }

    double skeletonWeight(String skeleton) {
        return log2(0.9 / frequency(frequencies.skeleton(skeleton))) - 1.5;
    }

    double nationalIdWeight(boolean same) {
        return same ? LIKELY_SAME + priorBits + 6 : -10;
    }

    /** Birth years: the later of the two earliest years against the earlier of the two latest. */
    static double birthWeight(int laterFrom, int earlierTo) {
        int gap = Math.max(0, laterFrom - earlierTo);
        return gap == 0 ? 4 : gap <= 2 ? 1 : -6;
    }

    static double hometownWeight(boolean same) {
        return same ? 2.5 : -2;
    }

    static double genderWeight(boolean same) {
        return same ? 0.9 : -6;
    }

    /** A pair's band: names alone never make "likely the same", namesakes being common. */
    Band pairBand(double weight, boolean corroborated) {
        Band band = band(weight, 0);
        return band == Band.likely_same && !corroborated ? Band.needs_review : band;
    }

    private static void explain(List<String> reasons, String format, Object... args) {
        if (reasons != null) {
            reasons.add(format.formatted(args));
        }
    }

    private static boolean oneEditFromAny(String token, List<String> others) {
        for (String other : others) {
            if (NameMatch.oneEditApart(other, token)) {
                return true;
            }
        }
        return false;
    }

    private double frequency(long count) {
        return Math.max(count, 1) / (double) Math.max(frequencies.population(), 1);
    }

    private static boolean known(String gender) {
        return gender != null && !gender.equals("unknown");
    }

    private static String years(MatchCandidate c) {
        return c.birthTo() == null || c.birthTo().equals(c.birthFrom())
                ? String.valueOf(c.birthFrom())
                : c.birthFrom() + "–" + c.birthTo();
    }

    /** The band of a weight, "needs review" asking {@code reviewExtra} bits more than a pair's bar. */
    private Band band(double weight, double reviewExtra) {
        return weight >= LIKELY_SAME + priorBits
                ? Band.likely_same
                : weight >= NEEDS_REVIEW + reviewExtra + priorBits ? Band.needs_review : Band.different;
    }

    /**
     * The best of a probe's possible matches among everyone documented (an import's check), weighed against the
     * others: when other documented persons score nearly as well (namesakes of the same age), the evidence that the
     * probe is this one in particular is that much weaker. {@code rivalOdds} is the sum over the others of
     * 2^(their weight − the best's); the weight falls by log2(1 + rivalOdds) bits. The best of many is high by chance
     * more often than one pair is, so "needs review" asks {@link #BEST_OF_MANY_BITS} more of it than of a pair;
     * "likely the same" asks the same. The band is never raised.
     */
    public Score asBestOf(Score best, double rivalOdds, int rivals) {
        double penalty = rivalOdds > 0 ? log2(1 + rivalOdds) : 0;
        double weight = best.weight() - penalty;
        Band band = band(weight, BEST_OF_MANY_BITS);
        if (band.compareTo(best.band()) < 0) {
            band = best.band();
        }
        List<String> reasons = new ArrayList<>(best.reasons());
        if (penalty > 0) {
            explain(reasons, "%d other documented persons score nearly as well (%+.1f)", rivals, -penalty);
        }
        return new Score(weight, band, reasons);
    }

    /**
     * Calibrated with ImportCheckBenchmark at 200,000 and 1,000,000 documented persons (docs/benchmarks.md): below the
     * pair's bar plus this, most best matches were namesakes, not the person.
     */
    static final double BEST_OF_MANY_BITS = 6;

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
