package org.casebook.estimation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * The bias-corrected and accelerated (BCa) bootstrap interval of Silverman, Chan and Vincent (2024): each resample
 * draws the observed people again (a multinomial over their capture histories) and chooses its own model among the
 * candidates, so the interval carries the uncertainty of the model choice as well as of the counts. The acceleration
 * comes from the jackknife, leaving out one person of each capture history in turn.
 */
final class BootstrapInterval {
    record Interval(double low, double high, int replicates, int withoutEstimate) {}

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private BootstrapInterval() {}

    static Interval bca(
            CaptureHistories data,
            List<ModelChoice.Candidate> candidates,
            Criterion criterion,
            double estimate,
            int replicates,
            long seed,
            double level) {
        long n = data.observed();
        long[] counts = data.counts();
        double[] totals = IntStream.range(0, replicates)
                .parallel()
                .mapToDouble(r ->
                        total(resample(counts, n, new SplittableRandom(seed + 7919L * r)), data, candidates, criterion))
                .toArray();
        double[] found = Arrays.stream(totals).filter(Double::isFinite).sorted().toArray();
        int without = replicates - found.length;
        if (found.length < Math.max(20, replicates / 2)) {
            throw EstimationRefused.noEstimate(
                    "fewResamples", "found", String.valueOf(found.length), "replicates", String.valueOf(replicates));
        }
        double below = Arrays.stream(found).filter(t -> t < estimate).count()
                + 0.5 * Arrays.stream(found).filter(t -> t == estimate).count();
        double z0 = NORMAL.inverseCumulativeProbability(clamp(below / found.length, found.length));
        double a = acceleration(data, candidates, criterion);
        double alpha = (1 - level) / 2;
        return new Interval(
                quantile(found, adjusted(alpha, z0, a)),
                quantile(found, adjusted(1 - alpha, z0, a)),
                replicates,
                without);
    }

    private static long[] resample(long[] counts, long n, SplittableRandom random) {
        long[] drawn = new long[counts.length];
        long left = n;
        double mass = 1;
        for (int pattern = 1; pattern < counts.length && left > 0; pattern++) {
            double p = counts[pattern] / (double) n;
            if (p <= 0) {
                continue;
            }
            double share = Math.min(1, p / mass);
            int k = share >= 1
                    ? (int) left
                    : new BinomialDistribution((int) left, share).inverseCumulativeProbability(random.nextDouble());
            drawn[pattern] = k;
            left -= k;
            mass -= p;
        }
        return drawn;
    }

    private static double total(
            long[] counts, CaptureHistories data, List<ModelChoice.Candidate> candidates, Criterion criterion) {
        CaptureHistories resampled = data.withCounts(counts);
        for (int list = 0; list < data.size(); list++) {
            if (resampled.onList(list) == 0) {
                return Double.NaN;
            }
        }
        ModelChoice.Candidate best = ModelChoice.best(resampled, candidates, criterion);
        return best == null ? Double.NaN : resampled.observed() + best.fit().unseen();
    }

    private static double acceleration(
            CaptureHistories data, List<ModelChoice.Candidate> candidates, Criterion criterion) {
        long[] counts = data.counts();
        double[] weights = new double[counts.length];
        double[] leftOut = new double[counts.length];
        IntStream.range(1, counts.length).parallel().forEach(pattern -> {
            if (counts[pattern] > 0) {
                long[] fewer = counts.clone();
                fewer[pattern]--;
                leftOut[pattern] = total(fewer, data, candidates, criterion);
                weights[pattern] = Double.isFinite(leftOut[pattern]) ? counts[pattern] : 0;
            }
        });
        double weight = Arrays.stream(weights).sum();
        double mean = 0;
        for (int p = 1; p < counts.length; p++) {
            mean += weights[p] > 0 ? weights[p] * leftOut[p] / weight : 0;
        }
        double squares = 0;
        double cubes = 0;
        for (int p = 1; p < counts.length; p++) {
            if (weights[p] > 0) {
                double d = mean - leftOut[p];
                squares += weights[p] * d * d;
                cubes += weights[p] * d * d * d;
            }
        }
        return squares == 0 ? 0 : cubes / (6 * Math.pow(squares, 1.5));
    }

    private static double adjusted(double probability, double z0, double a) {
        double z = z0 + NORMAL.inverseCumulativeProbability(probability);
        return NORMAL.cumulativeProbability(z0 + z / (1 - a * z));
    }

    private static double clamp(double p, int size) {
        return Math.min(1 - 0.5 / size, Math.max(0.5 / size, p));
    }

    /** Linear interpolation between order statistics. */
    private static double quantile(double[] sorted, double p) {
        double position = Math.min(sorted.length - 1, Math.max(0, p * (sorted.length - 1)));
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
