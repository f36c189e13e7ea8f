package org.casebook.estimation;

import java.util.List;

/** A model named by its interaction terms, fitted alone: for reproducing a published model or checking one choice. */
final class FixedModel {
    private FixedModel() {}

    static ModelChoice.Ranking rank(CaptureHistories data, List<String> terms, Criterion criterion) {
        LogLinearModel model = parse(data, terms);
        Design design = Design.of(data, model);
        Existence.Outcome outcome = Existence.check(design);
        if (outcome != Existence.Outcome.EXISTS) {
            throw EstimationRefused.noEstimate(
                    outcome == Existence.Outcome.NOT_FINITE ? "modelNotFinite" : "modelNotIdentifiable");
        }
        ModelChoice.Candidate candidate = ModelChoice.fitted(design, criterion, data.observed(), null);
        if (candidate == null) {
            throw EstimationRefused.noEstimate("unsettled");
        }
        return new ModelChoice.Ranking(List.of(candidate), 0, 0, 1);
    }

    static LogLinearModel parse(CaptureHistories data, List<String> terms) {
        long pairs = 0;
        for (String term : terms) {
            String[] ab = term.strip().split(":");
            int a = ab.length == 2 ? data.lists().indexOf(ab[0].strip()) : -1;
            int b = ab.length == 2 ? data.lists().indexOf(ab[1].strip()) : -1;
            if (a < 0 || b < 0 || a == b) {
                throw EstimationRefused.malformed("term", "term", term);
            }
            pairs |= 1L << pairIndex(data.size(), Math.min(a, b), Math.max(a, b));
        }
        return new LogLinearModel(data.size(), pairs);
    }

    private static int pairIndex(int lists, int a, int b) {
        for (int p = 0; p < LogLinearModel.pairCount(lists); p++) {
            int[] ab = LogLinearModel.pair(lists, p);
            if (ab[0] == a && ab[1] == b) {
                return p;
            }
        }
        throw new IllegalArgumentException("no pair");
    }
}
