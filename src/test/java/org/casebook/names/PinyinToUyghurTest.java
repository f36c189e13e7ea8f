package org.casebook.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PinyinToUyghurTest {
    @Test
    void tonedPinyinIsReadAsTheSoundsItsCharactersTranscribe() {
        // A syllable stands for several characters: read as the table's first, the spelling may differ from the
        // characters' own (yi as i or y), but the skeletons the search and the duplicate check compare agree.
        assertSameSkeletons("Ābùdūrèyīmù Hǎiyītí", "阿不都热依木·海依提");
        assertSameSkeletons("Mǎimǎití Tǔ'ěrxùn", "买买提·吐尔逊");
        assertThat(NameKeys.toLatin("Mǐrìgǔlì")).as("-gul closing a name").endsWith("gul");
        assertThat(NameKeys.toLatin("Ābùdūrèyīmù")).isNotEqualTo("abudureyimu");
    }

    private static void assertSameSkeletons(String pinyin, String characters) {
        assertThat(NameKeys.of(pinyin).skeletons())
                .as(NameKeys.of(pinyin) + " vs " + NameKeys.of(characters))
                .containsExactlyInAnyOrderElementsOf(NameKeys.of(characters).skeletons());
    }

    @Test
    void wordsWithoutThoseTonesAreLeftAsTheyAre() {
        for (String name : new String[] {"Abudureyimu Heyiti", "Abdürrahim Hayit", "Gülnar Ärkin", "Ömer Çelik"}) {
            assertThat(PinyinToUyghur.read(name.toLowerCase())).isEqualTo(name.toLowerCase());
        }
        // A toned word that is not pinyin stays as written: only its marks go, later, as for any accent.
        assertThat(PinyinToUyghur.read("xǎvqz")).isEqualTo("xǎvqz");
    }

    @Test
    void untonedPinyinHasASecondReadingThatSoundsLikeTheCharacters() {
        assertThat(NameKeys.of(NameKeys.pinyinReading("Abudureyimu Haiyiti")).skeletons())
                .containsExactlyInAnyOrderElementsOf(NameKeys.of("阿不都热依木·海依提").skeletons());
        assertThat(NameKeys.of(NameKeys.pinyinReading("MAIMAITI TUERXUN")).skeletons())
                .containsExactlyInAnyOrderElementsOf(NameKeys.of("买买提·吐尔逊").skeletons());
        // Only the words that can be pinyin are read again; the others stay as written.
        assertThat(NameKeys.pinyinReading("Haiyiti Memet")).endsWith(" memet");
    }

    @Test
    void aShortWordIsReadAsPinyinBesideALongerOne() {
        // Waili alone is as likely a Latin spelling; beside Maimaiti the name is pinyin, so 外力 买买提, Weli Memet.
        assertThat(NameKeys.of(NameKeys.pinyinReading("Waili Maimaiti")).skeletons())
                .containsExactlyInAnyOrderElementsOf(NameKeys.of("外力·买买提").skeletons());
        assertThat(NameKeys.pinyinReading("Waili Memet")).isNull();
    }

    @Test
    void pinyinWrittenASyllableAtATimeIsJoinedIntoItsNameParts() {
        String characters = "阿不都热依木·海依提";
        // Character by character, the interpunct kept; or each part's first syllable capitalized.
        assertSameSkeletons("ā bù dū rè yī mù · hǎi yī tí", characters);
        assertSameSkeletons("Ā bù dū rè yī mù Hǎi yī tí", characters);
        for (String untoned : new String[] {"a bu du re yi mu · hai yi ti", "A bu du re yi mu Hai yi ti"}) {
            assertThat(NameKeys.of(NameKeys.pinyinReading(untoned)).skeletons())
                    .as(untoned)
                    .containsExactlyInAnyOrderElementsOf(NameKeys.of(characters).skeletons());
        }
        // Without a cue the parts cannot be told: the syllables make one word.
        assertThat(NameKeys.words(NameKeys.pinyinReading("A BU DU RE YI MU HAI YI TI")))
                .hasSize(1);
    }

    @Test
    void shortLatinWordsAreNotJoinedInTheNameAsWritten() {
        // Can and Er are pinyin syllables too, but written as a Turkish name they stay two words.
        assertThat(NameKeys.toLatin("Ahmet Can Er")).isEqualTo("ahmet can er");
        assertThat(NameKeys.toLatin("Li Na")).isEqualTo("li na");
        // Three in a row are pinyin a syllable at a time, joined in the name as written as well.
        assertThat(NameKeys.toLatin("a bu du re yi mu · hai yi ti")).isEqualTo("abudureyimu · haiyiti");
        assertThat(PinyinToUyghur.joinSyllables("Ali · Can Er", false, 2)).isEqualTo("Ali · CanEr");
    }

    @Test
    void namesThatCannotBeUntonedPinyinHaveNoSecondReading() {
        for (String name : new String[] {
            "Abdurehim Heyit", "Ali Hasan", "Gülnar Ärkin", "Abdüreyimu", "阿不都热依木", "ئابدۇرېھىم", "Ömer Çelik"
        }) {
            assertThat(NameKeys.pinyinReading(name)).as(name).isNull();
        }
    }

    @Test
    @Timeout(10)
    void aLongTonedWordThatSplitsNowhereIsGivenUpOn() {
        // Each place in the word is tried once: trying every split would not end.
        String hostile = "ā".repeat(40) + "n".repeat(5_000);
        assertThat(PinyinToUyghur.read(hostile)).isEqualTo(hostile);
        String plain = "ba".repeat(5_000) + "nnnnn";
        assertThat(PinyinToUyghur.readPlain(plain)).isNull();
    }
}
