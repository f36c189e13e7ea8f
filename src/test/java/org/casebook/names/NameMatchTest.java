package org.casebook.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
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

    @Test
    void oneEditApartIsOptimalStringAlignmentDistanceOne() {
        Random random = new Random(11);
        int apart = 0;
        for (int n = 0; n < 200_000; n++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : edited(a, random, "abc");
            boolean expected = distance(a, b) == 1;
            assertThat(NameMatch.oneEditApart(a, b)).as("%s / %s", a, b).isEqualTo(expected);
            apart += expected ? 1 : 0;
        }
        assertThat(apart).as("pairs one edit apart were among them").isGreaterThan(20_000);
    }

    @Test
    void theLetterFilterNeverRefusesWordsOneEditApart() {
        Random random = new Random(13);
        String alphabet = "abcdefghijklmnopqrstuvwxyzéöüçşğı·";
        int apart = 0;
        int refused = 0;
        for (int n = 0; n < 200_000; n++) {
            String a = word(random, alphabet, 4, 11);
            String b = random.nextInt(4) == 0 ? word(random, alphabet, 4, 11) : edited(a, random, alphabet);
            boolean passes = NameMatch.mayBeOneEditApart(
                    a.length(), NameMatch.letterBits(a), b.length(), NameMatch.letterBits(b));
            if (NameMatch.oneEditApart(a, b)) {
                assertThat(passes).as("%s / %s", a, b).isTrue();
                apart++;
            }
            refused += passes ? 0 : 1;
        }
        assertThat(apart).as("pairs one edit apart were among them").isGreaterThan(100_000);
        assertThat(refused).as("unrelated words refused by the filter alone").isGreaterThan(30_000);
    }

    /** A word of {@code shortest} to {@code longest} letters drawn from {@code alphabet}. */
    private static String word(Random random, String alphabet, int shortest, int longest) {
        StringBuilder word = new StringBuilder();
        for (int i = shortest - 1 + random.nextInt(longest - shortest + 1); i >= 0; i--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    /** Short words of three letters, so that random pairs often agree in places. */
    private static String word(Random random) {
        return word(random, "abc", 1, 7);
    }

    /** The word with one letter of {@code alphabet} inserted or put in place of another, one deleted, or two swapped. */
    private static String edited(String a, Random random, String alphabet) {
        StringBuilder b = new StringBuilder(a);
        int at = random.nextInt(a.length() + 1);
        char letter = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(4)) {
            case 0 -> b.insert(at, letter);
            case 1 -> b.deleteCharAt(Math.min(at, a.length() - 1));
            case 2 -> b.setCharAt(Math.min(at, a.length() - 1), letter);
            default -> {
                if (at + 1 < a.length()) {
                    b.setCharAt(at, a.charAt(at + 1));
                    b.setCharAt(at + 1, a.charAt(at));
                }
            }
        }
        return b.toString();
    }

    /** Insertions, deletions, substitutions and swaps of neighbours, by dynamic programming. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
