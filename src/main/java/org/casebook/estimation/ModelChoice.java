package org.casebook.estimation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;

/**
 * The model search: every hierarchical model with all main effects and any set of two-list interactions (2^15 = 32,768
 * of them for six lists) is checked for a finite, identifiable estimate, fitted, and ranked by the criterion.
 */
final class ModelChoice {
    record Candidate(LogLinearModel model, PoissonFit.Fit fit, double score) {}

    record Ranking(List<Candidate> ranked, int notFinite, int notIdentifiable, int considered) {}

    private ModelChoice() {}

    static Ranking rank(CaptureHistories data, Criterion criterion) {
        int k = data.size();
        int pairs = LogLinearModel.pairCount(k);
        long emptyMask = 0;
        for (int p = 0; p < pairs; p++) {
            int[] ab = LogLinearModel.pair(k, p);
            if (data.overlap(ab[0], ab[1]) == 0) {
                emptyMask |= 1L << p;
            }
        }
        long overlapping = ((1L << pairs) - 1) & ~emptyMask;
        long empty = emptyMask;
        // Dropping an interaction between lists that do overlap never takes a finite estimate away, so one check of
        // the largest model for each choice of empty pairs settles most models at once (Chan, Silverman and Vincent).
        Map<Long, Existence.Outcome> largest = new ConcurrentHashMap<>();
        List<Object> results = LongStream.range(0, 1L << pairs)
                .parallel()
                .mapToObj(mask -> {
                    LogLinearModel model = new LogLinearModel(k, mask);
                    Design design = Design.of(data, model);
                    Existence.Outcome outcome = largest.computeIfAbsent(
                            mask & empty,
                            s -> Existence.check(Design.of(data, new LogLinearModel(k, overlapping | s))));
                    if (outcome != Existence.Outcome.EXISTS) {
                        outcome = Existence.check(design);
                    }
                    if (outcome != Existence.Outcome.EXISTS) {
                        return (Object) outcome;
                    }
                    // A fit that does not settle is treated as one without a finite estimate.
                    return Objects.requireNonNullElse(
                            fitted(design, criterion, data.observed(), null), Existence.Outcome.NOT_FINITE);
                })
                .toList();
        List<Candidate> ranked = new ArrayList<>();
        int notFinite = 0;
        int notIdentifiable = 0;
        for (Object result : results) {
            if (result instanceof Candidate candidate) {
                ranked.add(candidate);
            } else if (result == Existence.Outcome.NOT_FINITE) {
                notFinite++;
            } else {
                notIdentifiable++;
            }
        }
        ranked.sort(Comparator.comparingDouble(Candidate::score));
        return new Ranking(List.copyOf(ranked), notFinite, notIdentifiable, results.size());
    }

    /**
     * The best of {@code models} on {@code data} (a resample), starting each fit from the coefficients it had on the
     * original table; {@code null} when none has a finite, identifiable estimate here.
     */
    static Candidate best(CaptureHistories data, List<Candidate> models, Criterion criterion) {
        Candidate best = null;
        for (Candidate original : models) {
            Design design = Design.of(data, original.model());
            if (Existence.check(design) != Existence.Outcome.EXISTS) {
                continue;
            }
            double[] start = design.width() == original.fit().beta().length
                    ? original.fit().beta()
                    : null;
            Candidate candidate = fitted(design, criterion, data.observed(), start);
            if (candidate != null && (best == null || candidate.score() < best.score())) {
                best = candidate;
            }
        }
        return best;
    }

    static Candidate fitted(Design design, Criterion criterion, long observed, double[] start) {
        PoissonFit.Fit fit = PoissonFit.fit(design, start);
        if (!fit.converged() || !Double.isFinite(fit.unseen())) {
            return null;
        }
        double score = -2 * fit.logLikelihood() + criterion.penalty(observed) * design.model.parameters();
        return new Candidate(design.model, fit, score);
    }
}
