package org.casebook.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.casebook.estimation.CaptureHistories;
import org.casebook.estimation.Criterion;
import org.casebook.estimation.Estimate;
import org.casebook.estimation.EstimationRefused;
import org.casebook.estimation.Estimator;

/**
 * The simulation study of docs/estimation.md: closed populations of known size are listed by K lists with unequal
 * catchability and list dependence, and the estimate and its interval are compared with the truth. Not a test; run
 * by hand (arguments: replications per setting, population size, bootstrap resamples).
 */
public final class EstimationSimulation {
    /** A way of drawing capture histories: each person's chance of being on each list, given those before. */
    private interface Setting {
        int draw(SplittableRandom random);
    }

    private record Named(String name, Setting setting) {}

    private static final double[] P = {0.25, 0.20, 0.30, 0.15};

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int population = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int resamples = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        List<Named> settings = List.of(
                new Named("independent lists, everyone equally catchable", r -> independent(r, 1.0)),
                new Named(
                        "unequal catchability: half the people 1.8 times, half 0.4 times as catchable",
                        r -> independent(r, r.nextBoolean() ? 1.8 : 0.4)),
                new Named("list dependence: B lists 60% of A's people and 12% of the rest", r -> dependent(r, 1.0)),
                new Named(
                        "both: unequal catchability and A-B dependence",
                        r -> dependent(r, r.nextBoolean() ? 1.8 : 0.4)));
        System.out.printf(
                "N = %d, K = 4 lists, %d replications per setting, %d resamples each%n",
                population, replications, resamples);
        System.out.println(
                "| setting | mean estimate | relative bias | median | RMSE | 95% interval covers N | mean width"
                        + " | refused |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Named named : settings) {
            if (args.length > 3 && !named.name().startsWith(args[3])) {
                continue;
            }
            run(named, replications, population, resamples);
        }
    }

    private static void run(Named named, int replications, int population, int resamples) {
        SplittableRandom random = new SplittableRandom(named.name().hashCode());
        List<Double> totals = new ArrayList<>();
        int covered = 0;
        int refused = 0;
        double width = 0;
        for (int rep = 0; rep < replications; rep++) {
            long[] counts = new long[16];
            for (int person = 0; person < population; person++) {
                counts[named.setting().draw(random)]++;
            }
            counts[0] = 0;
            try {
                Estimate estimate = Estimator.estimate(
                        new CaptureHistories(List.of("A", "B", "C", "D"), counts),
                        new Estimator.Options(Criterion.BIC, resamples, 64, random.nextLong(), null));
                totals.add(estimate.total());
                covered += estimate.low() <= population && population <= estimate.high() ? 1 : 0;
                width += estimate.high() - estimate.low();
            } catch (EstimationRefused e) {
                refused++;
            }
        }
        double[] sorted =
                totals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        double rmse = Math.sqrt(Arrays.stream(sorted)
                .map(t -> (t - population) * (t - population))
                .average()
                .orElse(Double.NaN));
        System.out.printf(
                "| %s | %.0f | %+.1f%% | %.0f | %.0f | %.1f%% | %.0f | %d |%n",
                named.name(),
                mean,
                100 * (mean - population) / population,
                sorted[sorted.length / 2],
                rmse,
                100.0 * covered / sorted.length,
                width / sorted.length,
                refused);
    }

    private static int independent(SplittableRandom random, double factor) {
        int pattern = 0;
        for (int list = 0; list < P.length; list++) {
            pattern |= random.nextDouble() < Math.min(0.95, P[list] * factor) ? 1 << list : 0;
        }
        return pattern;
    }

    private static int dependent(SplittableRandom random, double factor) {
        int pattern = independent(random, factor) & ~0b10;
        double b = (pattern & 1) != 0 ? 0.60 : 0.12;
        return pattern | (random.nextDouble() < b ? 0b10 : 0);
    }
}
