package org.casebook.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Casebook's estimates against published ones, on the public data sets in ../shared/testdata/mse. */
class PublishedEstimatesTest {
    static final Path DATA = Path.of("../shared/testdata/mse");

    static CaptureHistories table(String file) throws IOException {
        return CaptureHistoryCsv.read(Files.readString(DATA.resolve(file)));
    }

    static Estimator.Options noBootstrap() {
        return new Estimator.Options(Criterion.BIC, 0, 64, 1, null);
    }

    /**
     * Silverman, Chan and Vincent (2024), Statistics and Computing 34:44, Table 6, UK 2013 (six lists): the model chosen
     * by BIC among the hierarchical models with two-list interactions gives 12,350 (rounded to tens), interval
     * [9,643, 25,508] by a BCa bootstrap that repeats the choice.
     */
    @Test
    void ukSixListsBicChoiceGivesThePublished12350() throws IOException {
        Estimate estimate = Estimator.estimate(table("uk_2013_6list.csv"), Estimator.Options.standard());

        assertThat(Math.round(estimate.total() / 10.0) * 10).isEqualTo(12_350);
        assertThat(estimate.observed()).isEqualTo(2_744);
        assertThat(estimate.unseen()).isCloseTo(12_350 - 2_744, org.assertj.core.data.Offset.offset(5.0));
        assertThat(estimate.model()).containsExactly("LA:NG", "LA:PF", "NG:GP", "PF:GP", "PF:NCA", "GO:GP");
        assertThat(estimate.modelsConsidered()).isEqualTo(1 << 15);
        // The bootstrap is random and ours re-chooses among the 64 best models, not all of them: the same region,
        // not the same digits.
        assertThat(estimate.low()).isBetween(8_500.0, 10_500.0);
        assertThat(estimate.high()).isBetween(20_000.0, 32_000.0);
        assertThat(estimate.warnings()).contains(new Estimate.Note("emptyPairs", List.of("pairs", "LA:GP, LA:NCA")));
    }

    /**
     * Silverman (2014), Home Office, "Modern Slavery: an application of Multiple Systems Estimation": five lists (PF
     * and NCA as one), the model with LA:NG, LA:PFNCA, NG:GO, NG:GP, PFNCA:GP and GO:GP gives 11,313, the centre of
     * the published "between 10,000 and 13,000".
     */
    @Test
    void ukFiveListsHomeOfficeModelGivesThePublished11313() throws IOException {
        List<String> model = List.of("LA:NG", "LA:PFNCA", "NG:GO", "NG:GP", "PFNCA:GP", "GO:GP");
        Estimate estimate =
                Estimator.estimate(table("uk_2013_5list.csv"), new Estimator.Options(Criterion.BIC, 0, 64, 1, model));

        assertThat(Math.round(estimate.total())).isEqualTo(11_313);
        assertThat(estimate.model()).containsExactlyElementsOf(model);
        assertThat(estimate.method()).extracting(Estimate.Note::key).containsExactly("method.fixed", "method.extended");
    }

    /**
     * Chan, Silverman and Vincent (2021), JASA, Table 2 (the artificial three-list table): with all three interactions
     * the parameters are not identifiable; with AB, alone or with one of AC and BC, the estimate is not finite; main
     * effects, AC, BC, and AC with BC pass both checks.
     */
    @Test
    void artificialTableFailsExactlyThePublishedModels() throws IOException {
        CaptureHistories data = table("artificial_3list_sparse.csv");

        assertThat(outcome(data, "A:B", "A:C", "B:C")).isEqualTo(Existence.Outcome.NOT_IDENTIFIABLE);
        assertThat(outcome(data, "A:B")).isEqualTo(Existence.Outcome.NOT_FINITE);
        assertThat(outcome(data, "A:B", "A:C")).isEqualTo(Existence.Outcome.NOT_FINITE);
        assertThat(outcome(data, "A:B", "B:C")).isEqualTo(Existence.Outcome.NOT_FINITE);
        assertThat(outcome(data)).isEqualTo(Existence.Outcome.EXISTS);
        assertThat(outcome(data, "A:C")).isEqualTo(Existence.Outcome.EXISTS);
        assertThat(outcome(data, "B:C")).isEqualTo(Existence.Outcome.EXISTS);
        assertThat(outcome(data, "A:C", "B:C")).isEqualTo(Existence.Outcome.EXISTS);

        Estimate estimate = Estimator.estimate(data, noBootstrap());
        assertThat(estimate.modelsConsidered()).isEqualTo(8);
        assertThat(estimate.candidates()).hasSize(4);
        assertThat(estimate.warnings())
                .contains(new Estimate.Note("leftOut", List.of("notFinite", 3, "notIdentifiable", 1)));
        assertThatThrownBy(
                        () -> Estimator.estimate(data, new Estimator.Options(Criterion.BIC, 0, 1, 1, List.of("A:B"))))
                .isInstanceOfSatisfying(
                        EstimationRefused.class, e -> assertThat(e.key()).isEqualTo("modelNotFinite"));
    }

    /** Two lists and independence: the Lincoln–Petersen estimate n1·n2/m, in closed form. */
    @Test
    void twoIndependentListsGiveLincolnPetersen() {
        long[] counts = {0, 70, 45, 30}; // A only, B only, both
        Estimate estimate = Estimator.estimate(new CaptureHistories(List.of("A", "B"), counts), noBootstrap());

        double n1 = 70 + 30;
        double n2 = 45 + 30;
        assertThat(estimate.total()).isCloseTo(n1 * n2 / 30, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(estimate.model()).isEmpty();
    }

    @Test
    void listsWithNobodyInCommonHaveNoEstimate() {
        long[] counts = {0, 70, 45, 0};
        assertThatThrownBy(() -> Estimator.estimate(new CaptureHistories(List.of("A", "B"), counts), noBootstrap()))
                .isInstanceOfSatisfying(EstimationRefused.class, e -> {
                    assertThat(e.key()).isEqualTo("noModel");
                    assertThat(e.why()).isEqualTo(EstimationRefused.Why.NO_ESTIMATE);
                });
    }

    @Test
    void aListWithNobodyIsRefused() {
        long[] counts = {0, 70, 0, 0, 20, 10, 0, 0};
        assertThatThrownBy(
                        () -> Estimator.estimate(new CaptureHistories(List.of("A", "B", "C"), counts), noBootstrap()))
                .isInstanceOfSatisfying(EstimationRefused.class, e -> {
                    assertThat(e.key()).isEqualTo("emptyList");
                    assertThat(e.namesAndValues()).containsExactly("list", "B");
                });
    }

    @Test
    void theSameSeedGivesTheSameInterval() throws IOException {
        CaptureHistories data = table("korea_palembang_3list.csv");
        Estimator.Options options = new Estimator.Options(Criterion.BIC, 300, 64, 42, null);

        Estimate first = Estimator.estimate(data, options);
        Estimate second = Estimator.estimate(data, options);

        assertThat(second.low()).isEqualTo(first.low());
        assertThat(second.high()).isEqualTo(first.high());
        assertThat(first.low()).isLessThan(first.total());
        assertThat(first.high()).isGreaterThan(first.total());
    }

    @Test
    void aicPrefersAtLeastAsLargeAModelAsBic() throws IOException {
        CaptureHistories data = table("kosovo_1999_4list.csv");
        Estimate bic = Estimator.estimate(data, noBootstrap());
        Estimate aic = Estimator.estimate(data, new Estimator.Options(Criterion.AIC, 0, 64, 1, null));

        assertThat(aic.model().size()).isGreaterThanOrEqualTo(bic.model().size());
        assertThat(aic.method().getFirst().namesAndValues()).contains("AIC");
        assertThat(aic.criterion()).isEqualTo(Criterion.AIC);
    }

    private static Existence.Outcome outcome(CaptureHistories data, String... terms) {
        return Existence.check(Design.of(data, FixedModel.parse(data, List.of(terms))));
    }
}
