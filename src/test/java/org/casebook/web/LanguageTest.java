package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which language a reader gets from what their browser asks for, and what a code names. */
class LanguageTest {
    @Test
    void theBrowsersFirstLanguageThatWeHaveWins() {
        assertThat(Language.forAcceptLanguage("ug-CN,ug;q=0.9,en;q=0.5")).isEqualTo(Language.ug);
        assertThat(Language.forAcceptLanguage("fr-FR,fr;q=0.9,tr;q=0.8,en;q=0.5"))
                .isEqualTo(Language.tr);
        assertThat(Language.forAcceptLanguage("zh-CN,zh;q=0.9")).isEqualTo(Language.zh);
        assertThat(Language.forAcceptLanguage("kk-KZ, ru;q=0.8")).isEqualTo(Language.kk);
        assertThat(Language.forAcceptLanguage("en;q=0.1, ru;q=0.9")).isEqualTo(Language.ru);
    }

    @Test
    void noneOfOursOrABrokenHeaderGivesEnglish() {
        assertThat(Language.forAcceptLanguage(null)).isEqualTo(Language.en);
        assertThat(Language.forAcceptLanguage("fr-FR,de;q=0.5")).isEqualTo(Language.en);
        assertThat(Language.forAcceptLanguage("*")).isEqualTo(Language.en);
        assertThat(Language.forAcceptLanguage(";;;q=x,,")).isEqualTo(Language.en);
        assertThat(Language.forAcceptLanguage("ug".repeat(400))).isEqualTo(Language.en);
    }

    @Test
    void codesNameOurLanguagesOnly() {
        assertThat(Language.parse("ug")).contains(Language.ug);
        assertThat(Language.parse("zh-Hans")).contains(Language.zh);
        assertThat(Language.parse("zh_CN")).contains(Language.zh);
        assertThat(Language.parse("xx")).isEmpty();
        assertThat(Language.parse("<script>")).isEmpty();
        assertThat(Language.ug.dir()).isEqualTo("rtl");
        assertThat(Language.zh.tag()).isEqualTo("zh-Hans");
        assertThat(Texts.format(Language.ug, "report.send")).isEqualTo("مەلۇماتنى ئەۋەتىش");
        assertThat(Texts.format(Language.tr, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Texts.format(Language.en, "error.tooLong", "max", 300)).isEqualTo("must be at most 300 characters");
    }

    @Test
    void aNameIsMarkedWithTheLanguageOfItsScript() {
        assertThat(Scripts.lang("Arab")).isEqualTo("und-Arab");
        assertThat(Scripts.lang("Hani")).isEqualTo("zh-Hans");
        assertThat(Scripts.lang("Zyyy\" onload=\"x")).isNull();
        assertThat(Scripts.lang(null)).isNull();
    }

    @Test
    void aScriptIsNamedInTheReadersLanguage() {
        for (int round = 0; round < 2; round++) { // the second round reads what the first kept
            assertThat(Scripts.name("Cyrl", Locale.ENGLISH)).isEqualTo("Cyrillic");
            assertThat(Scripts.name("Cyrl", Language.ru.locale()))
                    .isEqualTo(new ULocale("und_Cyrl").getDisplayScript(ULocale.forLocale(Language.ru.locale())))
                    .isNotEqualTo("Cyrillic");
            assertThat(Scripts.name("Arab", Language.tr.locale())).isEqualTo("Arap");
        }
        for (String notACode : new String[] {null, "cyrl", "CYRL", "Cyr", "Cyrl1", "Cyr1", "Zyyy\" x"}) {
            assertThat(Scripts.name(notACode, Locale.ENGLISH)).as(notACode).isEmpty();
        }
    }
}
