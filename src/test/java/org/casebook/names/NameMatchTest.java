package org.casebook.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchTest {
    private static NameMatch.Word word(String written) {
        return NameMatch.words(NameKeys.toLatin(written)).getFirst();
    }

    private static List<NameMatch.Word> name(String written) {
        return NameMatch.words(NameKeys.toLatin(written));
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
        "Tursun, Турсун, 1.0",
        "Alimjan, Alim, 0.9",
        "Osmancan, Osman, 0.9",
        "Mehmet, Memet, 0.95",
        "Ahmet, ئەھمەت, 0.95",
        "Keyser, Qeyser, 0.95",
        "Ehmetcan, Ehmetjan, 0.95",
        "Tursun, Tursn, 0.75",
        "Dilhsatjan, Dilshat, 0.75",
        "Tursun, Tursunay, 0.5",
        "Tursun, Qurban, 0.0",
    })
    void wordsAreAlikeByTheirBestKey(String a, String b, double expected) {
        assertThat(NameMatch.similarity(word(a), word(b))).isCloseTo(expected, within(1e-9));
        assertThat(NameMatch.similarity(word(b), word(a))).isCloseTo(expected, within(1e-9));
    }

    private static final ToDoubleFunction<NameMatch.Word> EVEN = w -> 1.0;

    @Test
    void aNameWithNothingLeftOverBeatsANamesakeWithAnotherFather() {
        List<NameMatch.Word> query = name("Mehriban Erkinjan");
        assertThat(NameMatch.score(query, name("Мәһрибан"), EVEN))
                .isGreaterThan(NameMatch.score(query, name("Mehriban Tursun"), EVEN));
        assertThat(NameMatch.score(query, name("Mehriban Erkinjan"), EVEN))
                .isGreaterThan(NameMatch.score(query, name("Мәһрибан"), EVEN));
    }

    @Test
    void eachWordPairsOnlyOnce() {
        List<NameMatch.Word> query = name("Zakir Zakir");
        assertThat(NameMatch.score(query, name("زاكىر زاكىر"), EVEN))
                .isGreaterThan(NameMatch.score(query, name("Zakir Tursun"), EVEN) + 1);
    }

    @Test
    void rareNamesCountForMoreThanCommonOnes() {
        Map<String, Double> weights = Map.of(
                word("Memet").phoneticKey(),
                1.0,
                word("Nizamidin").phoneticKey(),
                6.0,
                word("Tursun").phoneticKey(),
                1.0);
        ToDoubleFunction<NameMatch.Word> weight = w -> weights.getOrDefault(w.phoneticKey(), 3.0);
        List<NameMatch.Word> query = name("Memet Nizamidin");
        assertThat(NameMatch.score(query, name("Nizamidin Tursun"), weight))
                .isGreaterThan(NameMatch.score(query, name("Memet Tursun"), weight));
    }

    @Test
    void orderMattersOnlyALittle() {
        List<NameMatch.Word> query = name("Tursun Qurban");
        double same = NameMatch.score(query, name("Tursun Qurban"), EVEN);
        double swapped = NameMatch.score(query, name("Qurban Tursun"), EVEN);
        assertThat(same).isGreaterThan(swapped);
        assertThat(swapped).isGreaterThan(NameMatch.score(query, name("Tursun Memet"), EVEN));
    }
}
