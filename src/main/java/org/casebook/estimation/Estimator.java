package org.casebook.estimation;

import java.util.ArrayList;
import java.util.List;

/**
 * Multiple systems estimation: the model chosen by BIC (or AIC) among all hierarchical log-linear models with main
 * effects and two-list interactions, its estimate of the people no list holds, and a BCa bootstrap interval that
 * repeats the model choice. Pure code: the command line, the API and the page all come here.
 */
public final class Estimator {
    /**
     * @param replicates bootstrap resamples (0 for none)
     * @param bootstrapModels the best models of the search among which each resample chooses again
     * @param fixed interaction terms ({@code A:B}) of a model to fit instead of searching; {@code null} to search
     */
    public record Options(Criterion criterion, int replicates, int bootstrapModels, long seed, List<String> fixed) {
        public static Options standard() {
            return new Options(Criterion.BIC, 1000, 64, 20190213L, null);
        }
    }

    public static final int MAX_REPLICATES = 10_000;
    private static final int CANDIDATES_SHOWN = 20;

    private Estimator() {}

    public static Estimate estimate(CaptureHistories data, Options options) {
        if (options.replicates() < 0 || options.replicates() > MAX_REPLICATES) {
            throw EstimationRefused.malformed("replicates", "max", String.valueOf(MAX_REPLICATES));
        }
        for (int list = 0; list < data.size(); list++) {
            if (data.onList(list) == 0) {
                throw EstimationRefused.noEstimate(
                        "emptyList", "list", data.lists().get(list));
            }
        }
        List<Estimate.Note> warnings = new ArrayList<>();
        ModelChoice.Ranking ranking = options.fixed() == null
                ? ModelChoice.rank(data, options.criterion())
                : FixedModel.rank(data, options.fixed(), options.criterion());
        if (ranking.ranked().isEmpty()) {
            throw EstimationRefused.noEstimate(
                    "noModel",
                    "notFinite",
                    String.valueOf(ranking.notFinite()),
                    "notIdentifiable",
                    String.valueOf(ranking.notIdentifiable()));
        }
        ModelChoice.Candidate chosen = ranking.ranked().get(0);
        double unseen = chosen.fit().unseen();
        double total = data.observed() + unseen;
        int emptyPairs = emptyPairs(data, warnings);
        if (ranking.notFinite() + ranking.notIdentifiable() > 0) {
            warnings.add(Estimate.Note.of(
                    "leftOut", "notFinite", ranking.notFinite(), "notIdentifiable", ranking.notIdentifiable()));
        }
        if (unseen > 10.0 * data.observed()) {
            warnings.add(Estimate.Note.of("tenTimes"));
        }
        double low = Double.NaN;
        double high = Double.NaN;
        if (options.replicates() > 0) {
            List<ModelChoice.Candidate> pool = ranking.ranked()
                    .subList(
                            0,
                            Math.min(
                                    Math.max(1, options.bootstrapModels()),
                                    ranking.ranked().size()));
            BootstrapInterval.Interval interval = BootstrapInterval.bca(
                    data, pool, options.criterion(), total, options.replicates(), options.seed(), 0.95);
            low = interval.low();
            high = interval.high();
            if (interval.withoutEstimate() > 0) {
                warnings.add(Estimate.Note.of(
                        "resamplesWithout",
                        "without",
                        interval.withoutEstimate(),
                        "replicates",
                        interval.replicates()));
            }
        } else {
            warnings.add(Estimate.Note.of("noBootstrap"));
        }
        return new Estimate(
                data.observed(),
                unseen,
                total,
                low,
                high,
                chosen.model().terms(data.lists()),
                options.criterion(),
                method(options, ranking, emptyPairs),
                List.copyOf(warnings),
                ranking.ranked().stream()
                        .limit(CANDIDATES_SHOWN)
                        .map(c -> new Estimate.Candidate(
                                c.model().terms(data.lists()),
                                c.score(),
                                data.observed() + c.fit().unseen()))
                        .toList(),
                ranking.considered());
    }

    private static int emptyPairs(CaptureHistories data, List<Estimate.Note> warnings) {
        List<String> empty = new ArrayList<>();
        for (int p = 0; p < LogLinearModel.pairCount(data.size()); p++) {
            int[] ab = LogLinearModel.pair(data.size(), p);
            if (data.overlap(ab[0], ab[1]) == 0) {
                empty.add(data.lists().get(ab[0]) + ":" + data.lists().get(ab[1]));
            }
        }
        if (!empty.isEmpty()) {
            warnings.add(Estimate.Note.of("emptyPairs", "pairs", String.join(", ", empty)));
        }
        return empty.size();
    }

    private static List<Estimate.Note> method(Options options, ModelChoice.Ranking ranking, int emptyPairs) {
        List<Estimate.Note> method = new ArrayList<>();
        method.add(
                options.fixed() == null
                        ? Estimate.Note.of(
                                "method.search",
                                "criterion",
                                options.criterion().name(),
                                "models",
                                ranking.considered())
                        : Estimate.Note.of("method.fixed"));
        if (options.replicates() > 0) {
            method.add(Estimate.Note.of(
                    "method.bootstrap",
                    "replicates",
                    options.replicates(),
                    "models",
                    Math.min(options.bootstrapModels(), ranking.ranked().size())));
        }
        if (emptyPairs > 0) {
            method.add(Estimate.Note.of("method.extended"));
        }
        return List.copyOf(method);
    }
}
