package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicHitsTest {
    private static final List<String> HEYIT =
            List.of("Abdurehim Heyit", "ئابدۇرېھىم ھېيىت", "阿不都日衣木·艾衣提", "Абдурехим Хейит");

    @Test
    void theFormWrittenAsTheReaderWroteItIsTheOneShown() {
        assertThat(SearchIndex.bestMatching("ئابدۇرېھىم ھېيىت", HEYIT)).isEqualTo("ئابدۇرېھىم ھېيىت");
        assertThat(SearchIndex.bestMatching("  ABDUREHIM heyit", HEYIT)).isEqualTo("Abdurehim Heyit");
        assertThat(SearchIndex.bestMatching("Абдурехим Хейит", HEYIT)).isEqualTo("Абдурехим Хейит");
    }

    @Test
    void anotherSpellingFindsTheFormInItsOwnScript() {
        assertThat(SearchIndex.bestMatching("Abdurehim Hayit", HEYIT)).isEqualTo("Abdurehim Heyit");
        assertThat(SearchIndex.bestMatching("ئابدۇرېھىم", HEYIT)).isEqualTo("ئابدۇرېھىم ھېيىت");
        assertThat(SearchIndex.bestMatching("Хейит", HEYIT)).isEqualTo("Абдурехим Хейит");
        assertThat(SearchIndex.bestMatching("Heyit", List.of())).isNull();
    }
}
