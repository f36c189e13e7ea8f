package org.casebook.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameScriptsTest {
    @ParameterizedTest
    @CsvSource({
        "Abdurehim Heyit, Latn",
        "Abdürrahim Hayit, Latn",
        "ئابدۇرېھىم ھېيىت, Arab",
        "Абдурехим Хейит, Cyrl",
        "阿不都热依木·海依提, Hani",
        "'12 34', Zyyy"
    })
    void detectsTheScriptOfMostLetters(String name, String script) {
        assertThat(NameScripts.detect(name)).isEqualTo(script);
    }

    @ParameterizedTest
    @CsvSource({"Abdürrahim HAYIT, abdurrahim hayit", "Hayıt, hayit", "ＭＥＭＥＴ, memet", "ИСМАИЛ, исмаил"})
    void foldsCaseWidthAndLatinAccents(String name, String folded) {
        assertThat(NameScripts.fold(name)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"ئابدۇرېھىم", "ئۇيغۇر"})
    void keepsTheHamzaOfUyghurArabicLetters(String name) {
        assertThat(NameScripts.fold(name)).isEqualTo(name).contains("ئ");
    }
}
