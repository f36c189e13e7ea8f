package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.casebook.estimation.CaptureHistories;
import org.casebook.estimation.CaptureHistoryCsv;
import org.casebook.estimation.Criterion;
import org.casebook.estimation.Estimate;
import org.casebook.estimation.Estimator;

/**
 * Times the full estimate on six lists (UK 2013: BIC over 32,768 models, 1,000 resamples and the jackknife) beside
 * its baseline, the model search alone, run alternately so machine noise hits both. Argument: rounds (default 5).
 */
public final class EstimationBenchmark {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        CaptureHistories uk =
                CaptureHistoryCsv.read(Files.readString(Path.of("../shared/testdata/mse/uk_2013_6list.csv")));
        Estimator.Options full = new Estimator.Options(Criterion.BIC, 1000, 64, 1, null);
        Estimator.Options search = new Estimator.Options(Criterion.BIC, 0, 64, 1, null);
        time(uk, full);
        time(uk, search);
        long[] fullMs = new long[rounds];
        long[] searchMs = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            fullMs[round] = time(uk, full);
            searchMs[round] = time(uk, search);
        }
        Arrays.sort(fullMs);
        Arrays.sort(searchMs);
        long f = fullMs[rounds / 2];
        long s = searchMs[rounds / 2];
        System.out.printf(
                "cores %d; median of %d rounds: full estimate %d ms (min %d, max %d); search alone %d ms; ratio %.2f%n",
                Runtime.getRuntime().availableProcessors(),
                rounds,
                f,
                fullMs[0],
                fullMs[rounds - 1],
                s,
                f / (double) s);
    }

    private static long time(CaptureHistories data, Estimator.Options options) {
        long start = System.nanoTime();
        Estimate estimate = Estimator.estimate(data, options);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (Math.round(estimate.total() / 10.0) * 10 != 12_350) {
            throw new IllegalStateException("unexpected estimate " + estimate.total());
        }
        return ms;
    }
}
