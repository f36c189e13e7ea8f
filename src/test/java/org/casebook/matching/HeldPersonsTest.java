package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The persons an import holds, kept as numbers: they must score exactly as the scorer scores the same persons as
 * records, and give the same records back.
 */
class HeldPersonsTest {
    /** Generated records in every form of the evaluation, with numbers, hometowns and genders as it writes them. */
    private static List<MatchCandidate> population() {
        List<MatchCandidate> all = new ArrayList<>();
        for (SyntheticPopulation.Record r : new SyntheticPopulation(20190213L).generate(3000)) {
            all.add(MatchingEvaluation.candidate(r));
        }
        return all;
    }

    private static HeldPersons holding(List<MatchCandidate> persons, DuplicateScorer scorer) {
        HeldPersons held = new HeldPersons(new HeldPersons.Words(scorer));
        persons.forEach(held::add);
        return held;
    }

    @Test
    void everyPairWeighsAsTheScorerWeighsIt() {
        List<MatchCandidate> all = population();
        DuplicateScorer scorer = new DuplicateScorer(all);
        HeldPersons held = holding(all, scorer);
        Random random = new Random(7);
        int compared = 0;
        int notDifferent = 0;
        for (int n = 0; n < 20_000; n++) {
            int a = random.nextInt(all.size());
            // Half the pairs from a's own blocks, where names agree; half at random, where they mostly do not.
            int[] members = held.members(Blocking.blockKeys(all.get(a)));
            int b = n % 2 == 0 && members.length > 0
                    ? members[random.nextInt(members.length)]
                    : random.nextInt(all.size());
            DuplicateScorer.Score expected = scorer.quickScore(all.get(a), all.get(b));
            assertThat(held.weigh(a, b)).as("%s / %s", all.get(a), all.get(b)).isEqualTo(expected.weight());
            assertThat(held.band()).isEqualTo(expected.band());
            compared++;
            notDifferent += expected.band() == DuplicateScorer.Band.different ? 0 : 1;
        }
        assertThat(compared).isEqualTo(20_000);
        assertThat(notDifferent)
                .as("pairs that are possible matches were among them")
                .isGreaterThan(200);
    }

    @Test
    void aProbeWeighsAsTheScorerWeighsItAndJoinsNoBlock() {
        List<MatchCandidate> all = population();
        DuplicateScorer scorer = new DuplicateScorer(all);
        HeldPersons held = holding(all.subList(0, 2000), scorer);
        for (MatchCandidate row : all.subList(2000, 2100)) {
            long[] keys = Blocking.blockKeys(row);
            int[] before = held.members(keys);
            int at = held.probe(row);
            for (int member : before) {
                assertThat(held.weigh(at, member))
                        .isEqualTo(scorer.quickScore(row, all.get(member)).weight());
            }
            assertThat(held.members(keys)).isEqualTo(before);
        }
        assertThat(held.size()).isEqualTo(2000);
    }

    @Test
    void theRecordsComeBackAsTheyWent() {
        List<MatchCandidate> all = population();
        DuplicateScorer scorer = new DuplicateScorer(all);
        HeldPersons held = holding(all, scorer);
        assertThat(IntStream.range(0, all.size()).mapToObj(held::candidate).toList())
                .isEqualTo(all);
        assertThat(all).anyMatch(c -> c.nationalId() != null).anyMatch(c -> c.hometown() != null);
    }

    @Test
    void aBlockListsItsMembersOnceEachInTheOrderTheyJoined() {
        List<MatchCandidate> all = population();
        DuplicateScorer scorer = new DuplicateScorer(all);
        HeldPersons held = holding(all, scorer);
        MatchCandidate first = all.getFirst();
        long[] keys = Blocking.blockKeys(first);
        int[] members = held.members(keys);
        assertThat(members).startsWith(0).doesNotHaveDuplicates();
        int[] oneBlock = held.members(new long[] {keys[0]});
        assertThat(oneBlock.length).isEqualTo(held.blockSize(keys[0])).isGreaterThan(1);
        assertThat(Arrays.stream(oneBlock).boxed().toList()).isSorted();
        int largest = Arrays.stream(keys).mapToInt(held::blockSize).max().orElseThrow();
        assertThat(members.length).isGreaterThanOrEqualTo(largest).isGreaterThan(1);
        assertThat(held.blockSize(12345L)).isZero();
        assertThat(held.members(new long[] {12345L})).isEmpty();
    }
}
