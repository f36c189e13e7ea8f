package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casebook.names.NameKeys;
import org.junit.jupiter.api.Test;

/** A candidate's written words are the words of its names, even when one is another plus a suffix. */
class MatchCandidateTest {
    @Test
    void aWordAndTheSameWordWithASuffixAreBothWritten() {
        MatchCandidate c = MatchCandidate.of(1, List.of(NameKeys.of("Tursun Tursunjan")), null, null, null, null);
        assertThat(c.primaryTokens()).containsExactly("tursun", "tursunjan");
        assertThat(c.tokens()).contains("tursun", "tursunjan");
        assertThat(c.primarySkeletons()).hasSize(2);
    }

    @Test
    void theShortenedFormsAreKeysButNotWrittenWords() {
        MatchCandidate c = MatchCandidate.of(
                2, List.of(NameKeys.of("Mihrigul Tursunjan"), NameKeys.of("Mihrigül Tursun")), null, null, null, null);
        assertThat(c.tokens()).contains("mihri", "tursun");
        assertThat(c.primaryTokens()).containsExactly("mihrigul", "tursunjan", "tursun");
    }
}
