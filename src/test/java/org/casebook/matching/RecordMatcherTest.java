package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.names.NameKeys;
import org.junit.jupiter.api.Test;

/** An import's check: the best match among everyone documented, weighed against the namesakes beside it. */
class RecordMatcherTest {
    private static MatchCandidate person(long id, String name, Integer born, String hometown) {
        return MatchCandidate.of(id, List.of(NameKeys.of(name)), born, born, "male", hometown);
    }

    /** Many persons with other names, so that name words have frequencies as in a real register. */
    private static List<MatchCandidate> register() {
        List<MatchCandidate> all = new ArrayList<>();
        String[] first = {"Memet", "Abdulla", "Tursun", "Ehmet", "Yasin", "Rozi", "Qadir", "Hesen"};
        String[] last = {"Niyaz", "Osman", "Qurban", "Tohti", "Yusup", "Hoshur", "Sadiq", "Imin"};
        for (int i = 0; i < 6400; i++) {
            all.add(person(1000 + i, first[i % 8] + " " + last[(i / 8) % 8], 1940 + i % 50, null));
        }
        return all;
    }

    @Test
    void aPersonWhoStandsAloneIsLikelyTheSame() {
        List<MatchCandidate> all = register();
        all.add(person(1, "Nizamidin Qeyser", 1970, "Hotan"));
        RecordMatcher matcher = new RecordMatcher(all, Map.of());
        RecordMatcher.Found found = matcher.best(person(-1, "Nizamidin Qeyser", 1970, "Hotan"));
        assertThat(found.personId()).isEqualTo(1);
        assertThat(found.score().band()).isEqualTo(DuplicateScorer.Band.likely_same);
        assertThat(found.score().reasons()).noneMatch(r -> r.contains("score nearly as well"));
    }

    @Test
    void namesakesWhoScoreAlikeWeakenTheBestByTheirNumber() {
        List<MatchCandidate> all = register();
        for (int i = 1; i <= 16; i++) {
            all.add(person(i, "Nizamidin Qeyser", 1970, "Hotan"));
        }
        MatchCandidate probe = person(-1, "Nizamidin Qeyser", 1970, "Hotan");
        DuplicateScorer.Score alone = new DuplicateScorer(all).score(probe, all.getLast());
        RecordMatcher.Found found = new RecordMatcher(all, Map.of()).best(probe);
        assertThat(found.score().weight()).as("less log2(16)").isCloseTo(alone.weight() - 4, offset(0.01));
        assertThat(found.score().reasons()).contains("15 other documented persons score nearly as well (-4.0)");
    }

    @Test
    void theBandIsTakenAgainFromTheWeakenedWeightAndNeverRaised() {
        DuplicateScorer scorer = new DuplicateScorer(List.of());
        DuplicateScorer.Score likely =
                new DuplicateScorer.Score(DuplicateScorer.LIKELY_SAME + 1, DuplicateScorer.Band.likely_same, List.of());
        assertThat(scorer.asBestOf(likely, 0, 0).band()).isEqualTo(DuplicateScorer.Band.likely_same);
        assertThat(scorer.asBestOf(likely, 3, 3).band())
                .as("three rivals as good: two bits less")
                .isEqualTo(DuplicateScorer.Band.needs_review);
        DuplicateScorer.Score review = new DuplicateScorer.Score(
                DuplicateScorer.NEEDS_REVIEW + DuplicateScorer.BEST_OF_MANY_BITS - 1,
                DuplicateScorer.Band.needs_review,
                List.of());
        assertThat(scorer.asBestOf(review, 0, 0).band()).isEqualTo(DuplicateScorer.Band.different);
        DuplicateScorer.Score namesOnly = new DuplicateScorer.Score(
                DuplicateScorer.LIKELY_SAME + 10, DuplicateScorer.Band.needs_review, List.of());
        assertThat(scorer.asBestOf(namesOnly, 0, 0).band()).isEqualTo(DuplicateScorer.Band.needs_review);
    }

    @Test
    void theBestOfManyNeedsMoreThanAPairToBeReviewed() {
        List<MatchCandidate> all = register();
        RecordMatcher matcher = new RecordMatcher(all, Map.of());
        DuplicateScorer scorer = new DuplicateScorer(all);
        // A common name and a birth year a namesake shares: enough for a pair to be reviewed, not for the best of many.
        MatchCandidate probe = person(-1, "Memet Niyaz", 1940, null);
        DuplicateScorer.Score pair = scorer.score(probe, all.getFirst());
        assertThat(pair.weight())
                .isBetween(
                        DuplicateScorer.NEEDS_REVIEW, DuplicateScorer.NEEDS_REVIEW + DuplicateScorer.BEST_OF_MANY_BITS);
        assertThat(pair.band()).isEqualTo(DuplicateScorer.Band.needs_review);
        assertThat(matcher.best(probe)).isNull();
    }

    @Test
    void aChunkIsJudgedAgainstTheHeldPersonsThenItsOwnEarlierRowsAndItsNewPersonsJoin() {
        List<MatchCandidate> all = register();
        all.add(person(1, "Nizamidin Qeyser", 1970, "Hotan"));
        RecordMatcher matcher = new RecordMatcher(all, Map.of());
        List<MatchCandidate> chunk = List.of(
                person(-1, "Nizamidin Qeyser", 1970, "Hotan"),
                person(-1, "Gulshen Abbasova", 1962, "Aqsu"),
                person(-1, "Gulshen Abbasova", 1962, "Aqsu"),
                person(-1, "Nizamidin Qeyser", 1970, "Hotan"));
        List<RecordMatcher.Judgement> judged = matcher.judge(chunk, new long[] {-10, -11, -12, -13});
        assertThat(judged.get(0).likelyHeld()).isTrue();
        assertThat(judged.get(0).best().personId()).isEqualTo(1);
        assertThat(judged.get(1).creates()).isTrue();
        assertThat(judged.get(1).best()).isNull();
        assertThat(judged.get(2).likelyEarlier()).as("the row before it").isTrue();
        assertThat(judged.get(2).earlier().personId())
                .as("its place in the chunk")
                .isEqualTo(1);
        assertThat(judged.get(3).likelyHeld()).as("the held person, not row 0").isTrue();
        // Only the one row that creates a person joins, under the id given for it: the next chunk finds it.
        RecordMatcher.Found next = matcher.best(person(-1, "Gulshen Abbasova", 1962, "Aqsu"));
        assertThat(next.personId()).isEqualTo(-11);
        assertThat(next.score().band()).isEqualTo(DuplicateScorer.Band.likely_same);
        assertThat(matcher.judge(List.of(person(-1, "Gulshen Abbasova", 1962, "Aqsu")), new long[] {-20})
                        .getFirst()
                        .best()
                        .personId())
                .isEqualTo(-11);
    }
}
