package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.casebook.names.NameKeys;
import org.junit.jupiter.api.Test;

/** The blocks a person's keys put it in: one per skeleton, one per pair of skeletons, one for a number; each once. */
class BlockingTest {
    private static MatchCandidate person(String name, String nationalId) {
        return MatchCandidate.of(1, List.of(NameKeys.of(name)), null, null, null, null, nationalId);
    }

    @Test
    void aKeyPerSkeletonPerPairAndPerNumberEachOnce() {
        MatchCandidate three = person("Abdurehim Heyit Tursun", null);
        long[] keys = Blocking.blockKeys(three);
        assertThat(three.skeletons()).hasSize(3);
        assertThat(keys).hasSize(6).doesNotHaveDuplicates();
        assertThat(Blocking.blockKeys(person("Abdurehim Heyit Tursun", "key-1")))
                .hasSize(7)
                .startsWith(keys)
                .doesNotHaveDuplicates();
    }

    @Test
    void theWordsOrderDoesNotChangeTheBlocks() {
        long[] written = Blocking.blockKeys(person("Abdurehim Heyit Tursun", null));
        long[] reordered = Blocking.blockKeys(person("Tursun Abdurehim Heyit", null));
        assertThat(reordered).containsExactlyInAnyOrder(written);
    }

    @Test
    void namesakesShareTheirPairsBlockAndOthersDoNot() {
        long[] a = Blocking.blockKeys(person("Abdurehim Heyit", null));
        long[] b = Blocking.blockKeys(person("Abdurehim Heyit Tursun", null));
        long[] c = Blocking.blockKeys(person("Memet Tursun", null));
        // One skeleton each, and their pair.
        assertThat(Arrays.stream(a).filter(k -> Arrays.stream(b).anyMatch(o -> o == k)))
                .hasSize(3);
        assertThat(Arrays.stream(a).filter(k -> Arrays.stream(c).anyMatch(o -> o == k)))
                .isEmpty();
    }

    @Test
    void aRepeatedWordGivesItsBlockOnce() {
        MatchCandidate repeated = person("Tursun Tursun", null);
        assertThat(Blocking.blockKeys(repeated))
                .doesNotHaveDuplicates()
                .hasSize(repeated.skeletons().size());
    }
}
