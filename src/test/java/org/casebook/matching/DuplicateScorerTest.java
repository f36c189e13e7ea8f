package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casebook.names.NameKeys;
import org.casebook.names.NameMatch;
import org.junit.jupiter.api.Test;

class DuplicateScorerTest {
    private static MatchCandidate person(long id, String name, Integer born, String gender, String hometown) {
        return MatchCandidate.of(id, List.of(NameKeys.of(name)), born, born, gender, hometown);
    }

    private static List<MatchCandidate> populationWithManyMemets() {
        List<MatchCandidate> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(person(1000 + i, "Memet Tursun", 1950 + i % 40, "male", null));
        }
        all.add(person(1, "Nizamidin Qeyser", 1970, "male", "Hotan"));
        all.add(person(2, "Низамидин Қейсер", 1970, "male", "Hotan"));
        all.add(person(3, "Memet Tursun", 1970, "male", "Hotan"));
        all.add(person(4, "مەمەت تۇرسۇن", 1970, "male", "Hotan"));
        return all;
    }

    @Test
    void rareNamesWeighMoreThanCommonOnes() {
        List<MatchCandidate> all = populationWithManyMemets();
        DuplicateScorer scorer = new DuplicateScorer(all);
        DuplicateScorer.Score rare = scorer.score(all.get(200), all.get(201));
        DuplicateScorer.Score common = scorer.score(all.get(202), all.get(203));
        assertThat(rare.weight()).isGreaterThan(common.weight() + 5);
        assertThat(rare.band()).isEqualTo(DuplicateScorer.Band.likely_same);
        assertThat(rare.reasons()).anyMatch(r -> r.startsWith("nizamidin = nizamidin"));
    }

    @Test
    void namesAloneNeverMakeLikelySame() {
        List<MatchCandidate> all = new ArrayList<>(populationWithManyMemets());
        all.add(0, person(1, "Nizamidin Qeyser Tashpolat Ablikim", null, "unknown", null));
        all.add(1, person(2, "Nizamidin Qeyser Tashpolat Ablikim", null, "unknown", null));
        DuplicateScorer.Score score = new DuplicateScorer(all).score(all.get(0), all.get(1));
        assertThat(score.weight()).isGreaterThanOrEqualTo(DuplicateScorer.LIKELY_SAME);
        assertThat(score.band()).isEqualTo(DuplicateScorer.Band.needs_review);
        assertThat(score.reasons()).contains("nothing but the name agrees: at most needs review");
    }

    @Test
    void theSameNationalIdNumberIsCloseToDecisiveAcrossScriptsAndADifferentOneSeparates() {
        List<MatchCandidate> all = new ArrayList<>(populationWithManyMemets());
        // A Chinese police list and a relative's report: names agree only as the transcription lets them.
        MatchCandidate list =
                MatchCandidate.of(20, List.of(NameKeys.of("买买提·吐尔逊")), null, null, "unknown", null, "key-1");
        MatchCandidate report =
                MatchCandidate.of(21, List.of(NameKeys.of("Memet Tursun")), null, null, "male", null, "key-1");
        MatchCandidate other =
                MatchCandidate.of(22, List.of(NameKeys.of("Memet Tursun")), 1970, 1970, "male", "Hotan", "key-2");
        all.addAll(List.of(list, report, other));
        DuplicateScorer scorer = new DuplicateScorer(all);
        DuplicateScorer.Score same = scorer.score(list, report);
        assertThat(same.band()).isEqualTo(DuplicateScorer.Band.likely_same);
        assertThat(same.reasons()).anyMatch(r -> r.startsWith("same national ID number"));
        assertThat(scorer.score(list, report).weight())
                .isGreaterThan(scorer.score(
                                        MatchCandidate.of(
                                                20, List.of(NameKeys.of("买买提·吐尔逊")), null, null, "unknown", null),
                                        report)
                                .weight()
                        + 15);
        DuplicateScorer.Score different = scorer.score(report, other);
        assertThat(different.reasons()).anyMatch(r -> r.startsWith("different national ID numbers"));
        assertThat(different.band()).isNotEqualTo(DuplicateScorer.Band.likely_same);
        // Nothing in the names at all: the number still puts the pair before an editor.
        MatchCandidate renamed =
                MatchCandidate.of(23, List.of(NameKeys.of("Nizamidin Qeyser")), null, null, "male", null, "key-1");
        assertThat(scorer.score(report, renamed).band()).isNotEqualTo(DuplicateScorer.Band.different);
    }

    @Test
    void recordsOfOneNationalIdNumberAreBlockedTogetherWhateverTheirNames() {
        List<MatchCandidate> all = List.of(
                MatchCandidate.of(1, List.of(NameKeys.of("Nizamidin Qeyser")), null, null, "male", null, "key-1"),
                MatchCandidate.of(2, List.of(NameKeys.of("Abdurehim Heyit")), null, null, "male", null, "key-1"),
                MatchCandidate.of(3, List.of(NameKeys.of("Gulnar Tursun")), null, null, "female", null, "key-2"));
        assertThat(Blocking.pairs(all)).containsExactly(new Blocking.Pair(0, 1));
    }

    @Test
    void contradictionsPushApart() {
        List<MatchCandidate> all = populationWithManyMemets();
        DuplicateScorer scorer = new DuplicateScorer(all);
        MatchCandidate older = person(9, "Nizamidin Qeyser", 1930, "male", "Aksu");
        assertThat(scorer.score(all.get(200), older).band()).isEqualTo(DuplicateScorer.Band.different);
        MatchCandidate woman = person(10, "Nizamidin Qeyser", 1970, "female", "Hotan");
        assertThat(scorer.score(all.get(200), woman).weight())
                .isLessThan(scorer.score(all.get(200), all.get(201)).weight());
    }

    @Test
    void untonedPinyinMeetsTheNameAsUyghursWriteIt() {
        List<MatchCandidate> all = new ArrayList<>(populationWithManyMemets());
        all.add(person(5, "Nurmemet Abliz", 1975, "male", "Hotan"));
        all.add(person(6, "Nuermaimaiti Abulizi", 1975, "male", "Hotan"));
        DuplicateScorer scorer = new DuplicateScorer(all);
        assertThat(Blocking.pairs(all)).contains(new Blocking.Pair(204, 205));
        DuplicateScorer.Score plain = scorer.score(all.get(204), all.get(205));
        assertThat(plain.band()).isNotEqualTo(DuplicateScorer.Band.different);
        assertThat(plain.reasons()).anyMatch(r -> r.startsWith("nurmemet = nurmemet"));
    }

    @Test
    void typosOneEditApartAreRecognised() {
        assertThat(NameMatch.oneEditApart("tursun", "tursn")).isTrue();
        assertThat(NameMatch.oneEditApart("tursun", "turssun")).isTrue();
        assertThat(NameMatch.oneEditApart("tursun", "tusrun")).isTrue();
        assertThat(NameMatch.oneEditApart("tursun", "qurban")).isFalse();
        assertThat(NameMatch.oneEditApart("tursun", "tursun")).isFalse();
    }

    @Test
    void blockingPairsNamesakesAcrossScriptsButNotStrangers() {
        List<MatchCandidate> all = List.of(
                person(0, "Nizamidin Qeyser", 1970, "male", null),
                person(1, "نىزامىدىن قەيسەر", 1970, "male", null),
                person(2, "Gulnar Alim", 1980, "female", null));
        assertThat(Blocking.pairs(all)).containsExactly(new Blocking.Pair(0, 1));
    }

    @Test
    void aCommonNameIsSplitByDecadeAndHometownInsteadOfDropped() {
        List<MatchCandidate> all = new ArrayList<>();
        for (int i = 0; i < 3 * Blocking.MAX_BLOCK; i++) {
            all.add(person(i, "Memet Tursun", 1940 + i % 60, "male", SyntheticPopulation.HOMETOWNS.get(i % 8)));
        }
        int a = all.size();
        all.add(person(a, "Memet Tursun", 1970, "male", "Hotan"));
        all.add(person(a + 1, "مەمەت تۇرسۇن", 1971, "male", "Hotan"));
        List<Blocking.Pair> pairs = Blocking.pairs(all);
        assertThat(pairs).contains(new Blocking.Pair(a, a + 1));
        assertThat(pairs).doesNotHaveDuplicates();
        // Everyone was in one block of 602 before the split (181,101 pairs); by decade or hometown, about 50,000.
        assertThat(pairs.size()).isLessThan(all.size() * (all.size() - 1) / 2 / 3);
    }

    @Test
    void quickScoreAgreesWithTheExplainedScore() {
        List<MatchCandidate> all = populationWithManyMemets();
        DuplicateScorer scorer = new DuplicateScorer(all);
        for (int i = 195; i < all.size(); i++) {
            DuplicateScorer.Score full = scorer.score(all.get(i), all.get(203));
            DuplicateScorer.Score quick = scorer.quickScore(all.get(i), all.get(203));
            assertThat(quick.weight()).isEqualTo(full.weight());
            assertThat(quick.band()).isEqualTo(full.band());
            assertThat(quick.reasons()).isEmpty();
            assertThat(full.reasons()).isNotEmpty();
        }
    }

    @Test
    void barsRiseWithThePopulation() {
        List<MatchCandidate> small = populationWithManyMemets();
        DuplicateScorer.Frequencies million = everyNameShared(2, 1_000_000);
        DuplicateScorer.Score atMillion = new DuplicateScorer(million).score(small.get(200), small.get(201));
        // Two names each shared by 2 in a million: 2 × log2(0.95 / 2e-6) ≈ 37.6 bits, plus birth, hometown, gender.
        assertThat(atMillion.weight()).isGreaterThan(DuplicateScorer.LIKELY_SAME + 6.7);
        assertThat(atMillion.band()).isEqualTo(DuplicateScorer.Band.likely_same);
        DuplicateScorer.Frequencies commonAtMillion = everyNameShared(20_000, 1_000_000);
        // 2 × log2(0.95 / 0.02) + 4 + 2.5 + 0.9 ≈ 18.5 bits: likely the same among 10,000, not among a million.
        DuplicateScorer.Score common = new DuplicateScorer(commonAtMillion).score(small.get(200), small.get(201));
        assertThat(common.weight()).isGreaterThan(DuplicateScorer.LIKELY_SAME);
        assertThat(common.band()).isEqualTo(DuplicateScorer.Band.needs_review);
    }

    private static DuplicateScorer.Frequencies everyNameShared(long by, long population) {
        return new DuplicateScorer.Frequencies() {
            public long token(String token) {
                return by;
            }

            public long skeleton(String skeleton) {
                return by;
            }

            public long population() {
                return population;
            }
        };
    }
}
