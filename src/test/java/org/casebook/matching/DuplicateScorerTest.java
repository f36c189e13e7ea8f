package org.casebook.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateScorerTest {
    private static MatchCandidate person(long id, String name, Integer born, String gender, String hometown) {
        return new MatchCandidate(id, List.of(NameKeys.of(name)), born, born, gender, hometown);
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
        all.add(0, person(1, "Nizamidin Qeyser Tashpolat", null, "unknown", null));
        all.add(1, person(2, "Nizamidin Qeyser Tashpolat", null, "unknown", null));
        DuplicateScorer.Score score = new DuplicateScorer(all).score(all.get(0), all.get(1));
        assertThat(score.weight()).isGreaterThanOrEqualTo(DuplicateScorer.LIKELY_SAME);
        assertThat(score.band()).isEqualTo(DuplicateScorer.Band.needs_review);
        assertThat(score.reasons()).contains("nothing but the name agrees: at most needs review");
    }

    @Test
    void contradictionsPushApart() {
        List<MatchCandidate> all = populationWithManyMemets();
        DuplicateScorer scorer = new DuplicateScorer(all);
        MatchCandidate older = person(9, "Nizamidin Qeyser", 1930, "male", "Aksu");
        assertThat(scorer.score(all.get(200), older).band()).isEqualTo(DuplicateScorer.Band.different);
        MatchCandidate woman = person(10, "Nizamidin Qeyser", 1970, "female", "Hotan");
        assertThat(scorer.score(all.get(200), woman).weight()).isLessThan(scorer.score(all.get(200), all.get(201)).weight());
    }

    @Test
    void typosOneEditApartAreRecognised() {
        assertThat(DuplicateScorer.oneEditApart("tursun", "tursn")).isTrue();
        assertThat(DuplicateScorer.oneEditApart("tursun", "turssun")).isTrue();
        assertThat(DuplicateScorer.oneEditApart("tursun", "tusrun")).isTrue();
        assertThat(DuplicateScorer.oneEditApart("tursun", "qurban")).isFalse();
        assertThat(DuplicateScorer.oneEditApart("tursun", "tursun")).isFalse();
    }

    @Test
    void blockingPairsNamesakesAcrossScriptsButNotStrangers() {
        List<MatchCandidate> all = List.of(person(0, "Nizamidin Qeyser", 1970, "male", null),
                person(1, "نىزامىدىن قەيسەر", 1970, "male", null), person(2, "Gulnar Alim", 1980, "female", null));
        assertThat(Blocking.pairs(all)).containsExactly(new Blocking.Pair(0, 1));
    }
}
