package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The documenters' pages in Uyghur and Turkish, their form problems too; in any other language, wholly English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentersLanguageTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private WebSession editor;

    @BeforeEach
    void signedInAsEditor() {
        editor = TestAccounts.session(accounts, Role.editor, port);
    }

    @Test
    void aDocumenterWorksInUyghurAndIsToldWhatToFixInUyghur() {
        assertThat(page("/app/persons?lang=ug", "ug", "rtl"))
                .contains("شەخس قوشۇش")
                .doesNotContain("Add a person");

        editor.get("/app/persons/new");
        WebSession.Page nameless = editor.post("/app/persons/new", Map.of("gender", "female"));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.body())
                .contains("ھېچنېمە ساقلانمىدى")
                .contains("ئىسىملار: بىر شەخسنىڭ كەم دېگەندە بىر ئىسمى بولۇشى كېرەك")
                .doesNotContain("at least one name")
                .doesNotContain("Names:");
        WebSession.Page unreadable =
                editor.post("/app/persons/new", Map.of("names[0].text", "Ayxan Testova", "birthYearFrom", "abc"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body())
                .contains("تۇغۇلغان يىلى، باشلىنىشى: پۈتۈن سان بولۇشى كېرەك")
                .doesNotContain("whole number");

        assertThat(page("/app/sources?lang=tr", "tr", "ltr")).contains("Kaynak ekle");
    }

    /** The status is worded in the page's language from its parts: the rule, and each side in whole sentences. */
    @Test
    void theStatusOfTheSeedCaseReadsInTurkishWithBothSides() {
        String tr = page("/app/persons/CB-000001?lang=tr", "tr", "ltr");
        assertThat(tr)
                .contains("Kural R3")
                .contains("Öldüğü bildirilen")
                .contains("<bdi dir=\"auto\">Turkey</bdi>, bu kişinin öldüğünü söylüyor.")
                .contains("bu kişinin hayatta olduğunu söylüyor.")
                .contains("Kaydın kendi satırı (İngilizce)");
        String zh = page("/app/persons/CB-000001?lang=zh", "en", "ltr");
        assertThat(zh)
                .contains("Rule R3")
                .contains("According to <bdi dir=\"auto\">Turkey</bdi>, this person has died.");
    }

    @Test
    void inALanguageTheyAreNotWrittenInTheyAreWhollyEnglish() {
        assertThat(page("/app/persons?lang=zh", "en", "ltr"))
                .contains("Add a person")
                .contains(">unknown<")
                .doesNotContain("不详");
    }

    /** The page's text, once its language and direction are checked. */
    private String page(String path, String lang, String dir) {
        String body = editor.get(path).body();
        assertThat(body).contains("<html lang=\"" + lang + "\" dir=\"" + dir + "\">");
        return body;
    }
}
