package org.casebook.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven tests of the transliteration tables and the keys built on them. */
class NameKeysTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Uyghur Arabic script (UEY) to ULY, letter by letter
                "ئابدۇرېھىم ھېيىت | abdurehim heyit",
                "مەمەت تۇرسۇن | memet tursun",
                "گۈلنار | gulnar",
                "ئۇيغۇر | uyghur",
                "قەشقەر | qeshqer",
                "ئۈرۈمچى | urumchi",
                "خوتەن | xoten",
                "ژۇرنال | zhurnal",
                "ڭ | ng",
                "ۋەتەن | weten",
                "پاتىگۈل | patigul",
                // Uyghur Cyrillic (USY) to ULY
                "Абдурәһим Һейит | abdurehim heyit",
                "Абдурехим | abdurexim",
                "Мәмәт Турсун | memet tursun",
                "Җамал | jamal",
                "Қурбан | qurban",
                "Гүлнар | gulnar",
                "Әхмәт | exmet",
                "Ғоҗа | ghoja",
                // Latin romanizations to the folded form
                "Abdürrahim Hayıt | abdurrahim hayit",
                "Abdurehim Heyit | abdurehim heyit",
                "Mehmet Ş. Çelik | mehmet sh chelik",
                "Dschamal | jamal",
                "Tursunjan | tursunjan",
                // Chinese transcriptions to Uyghur sounds
                "买买提 | meme t",
                "古丽娜尔 | gulinar",
                "吐尔逊 | tursun",
                "米日古丽 | mirgul"
            })
    void transliteratesToOneLatinForm(String name, String latin) {
        assertThat(NameKeys.toLatin(name).replace(" ", "")).isEqualTo(latin.replace(" ", ""));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Abdurehim Heyit | Abdürrahim Hayit",
                "Abdurehim Heyit | ئابدۇرېھىم ھېيىت",
                "Abdurehim Heyit | Абдурехим Һейит",
                "Abdurehim Heyit | 阿不都热依木·海依提",
                "Memet Tursun | Mehmet Tursun",
                "Memet Tursun | 买买提·吐尔逊",
                "Memet Tursun | Мәмәт Турсун",
                "Ehmet Qurban | Akhmet Kurban",
                "Gulnar Alim | 古丽娜尔·阿里木",
                "Erkin Yasin | Ärkin Yasin",
                "Zulpiye Tursun | Zulfiye Tursun",
                // Characters of the second hundred in the Chinese table
                "Yasin Zunun | 牙生·祖农",
                "Rozi Toxti | 肉孜·托乎提",
                "Niyaz Weli | 尼亚孜·外力",
                "Qadir Dolqun | 喀迪尔·多力坤",
                "Yusup Kerem | 玉素甫·克然木",
                "Zohre Seypidin | 佐合热·赛福鼎",
                "Mihrigul | 米日古丽",
                // Names as other sources write them: pinyin with tone marks, traditional characters and other
                // interpuncts, the Arabic-language press, Kazakh Cyrillic
                "Abdurehim Heyit | Ābùdūrèyīmù Hēiyītí",
                "Abdurehim Heyit | Abudureyimu Heyiti",
                "Abdurehim Heyit | 阿不都熱依木‧黑依提",
                "Abdurehim Heyit | 阿不都热依木-黑依提",
                "Abdurehim Heyit | عبد الرحيم هيت",
                "Abdurehim Heyit | عبدالرحيم حييت",
                "Ilham Tohti | إلهام توختي",
                "Abdurehim Heyit | Әбдурехим Һейит",
                "Nurlan Tursunbek | Нұрлан Тұрсынбек",
                // Uyghur script stays Uyghur: its own h (ھ) marks it even without its own vowels
                "Hasan | ھاسان",
                "Isa Yusuf | İsa Yusuf"
            })
    void theSamePersonSharesEverySkeleton(String a, String b) {
        assertThat(NameKeys.of(b).skeletons())
                .as(NameKeys.of(a) + " vs " + NameKeys.of(b))
                .containsAnyElementsOf(NameKeys.of(a).skeletons());
        assertThat(NameKeys.of(a).skeletons())
                .containsExactlyInAnyOrderElementsOf(NameKeys.of(b).skeletons());
    }

    @Test
    void suffixesJanAndGulAlsoGiveTheBareName() {
        assertThat(NameKeys.of("Tursunjan Memet").tokens()).contains("tursunjan", "tursun", "memet");
        assertThat(NameKeys.of("Aygul").tokens()).contains("aygul", "ay");
    }

    @Test
    void differentNamesHaveDifferentSkeletons() {
        assertThat(NameKeys.skeleton("tursun")).isNotEqualTo(NameKeys.skeleton("turghun"));
        assertThat(NameKeys.skeleton("abdulla")).isNotEqualTo(NameKeys.skeleton("abdurehim"));
    }

    @Test
    void theHanTableIsLoadedAndPinyinFallbackWorks() {
        assertThat(HanToUyghur.tableSize()).isGreaterThanOrEqualTo(300);
        assertThat(HanToUyghur.fromPinyin("xin")).isEqualTo("shin");
        assertThat(HanToUyghur.fromPinyin("qi")).isEqualTo("chi");
        assertThat(HanToUyghur.PINYIN.transliterate("海")).isEqualTo("hai");
    }

    /** What {@link NameKeys#latinLetters} does, as the expressions it replaced said it (they compiled on every name). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'  abdurehim   heyit '",
                "memet-tursun 3",
                "a·b · c",
                "mehmet\t\u000Bcelik",
                "ahmet\u00A0can\u2003er",
                "gülnar ئابد 海 z",
                "'...'",
                "x1y2z",
                "''"
            })
    void latinLettersKeepsRunsOfLatinLettersWithOneSpaceBetween(String escaped) {
        String text = escaped.translateEscapes();
        String expected = text.replaceAll("[^\\p{IsLatin}\\s·]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        assertThat(NameKeys.latinLetters(text)).isEqualTo(expected);
    }

    @Test
    void wordsAreTheRunsTheSeparatorsPatternLeaves() {
        Random random = new Random(17);
        String alphabet = "ab ·•・.,/()[]\"\t\n\u000B\f\r\u00A0\u2028\u001Cçي中-'";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = text.toString();
            assertThat(NameKeys.words(written))
                    .as("[%s]", written)
                    .isEqualTo(NameKeys.SEPARATORS
                            .splitAsStream(written)
                            .filter(word -> !word.isBlank())
                            .toList());
        }
        assertThat(NameKeys.words("abdurehim  heyit·tursun")).containsExactly("abdurehim", "heyit", "tursun");
    }

    @Test
    void aNameKeyedAgainGivesTheSameKeysAndNoOneCanChangeThem() {
        NameKeys.Keys first = NameKeys.of("Abudureyimu Haiyiti");
        assertThat(first.pinyinReading()).isEqualTo("abdureim heyit");
        for (int i = 0; i < 40_000; i++) {
            // Each number's digits as letters (0 as a, 9 as j): 40,000 different names, more than are remembered.
            NameKeys.of("Tursun Memet "
                    + Integer.toString(i)
                            .chars()
                            .mapToObj(c -> String.valueOf((char) (c + 49)))
                            .reduce("", String::concat));
        }
        assertThat(NameKeys.of("Abudureyimu Haiyiti")).isEqualTo(first);
        assertThat(NameKeys.of(new String("Abudureyimu Haiyiti"))).isEqualTo(first);
        assertThatThrownBy(() -> first.tokens().add("memet")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(NameKeys.of("Abudureyimu Haiyiti").tokens()).doesNotContain("memet");
    }
}
