package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
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

    @Test
    void aDocumenterWorksInUyghurAndIsToldWhatToFixInUyghur() {
        WebSession editor = TestAccounts.session(accounts, Role.editor, port);
        WebSession.Page persons = editor.get("/app/persons?lang=ug");
        assertThat(persons.body())
                .contains("<html lang=\"ug\" dir=\"rtl\">")
                .contains("شەخس قوشۇش")
                .doesNotContain("Add a person");

        editor.get("/app/persons/new");
        WebSession.Page nameless = editor.post("/app/persons/new", Map.of("gender", "female"));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.body())
                .contains("ھېچنېمە ساقلانمىدى")
                .contains("بىر شەخسنىڭ كەم دېگەندە بىر ئىسمى بولۇشى كېرەك")
                .doesNotContain("at least one name");
        WebSession.Page unreadable =
                editor.post("/app/persons/new", Map.of("names[0].text", "Ayxan Testova", "birthYearFrom", "abc"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).contains("پۈتۈن سان بولۇشى كېرەك").doesNotContain("whole number");

        WebSession.Page turkish = editor.get("/app/sources?lang=tr");
        assertThat(turkish.body()).contains("<html lang=\"tr\" dir=\"ltr\">").contains("Kaynak ekle");
    }

    @Test
    void inALanguageTheyAreNotWrittenInTheyAreWhollyEnglish() {
        WebSession editor = TestAccounts.session(accounts, Role.editor, port);
        WebSession.Page chinese = editor.get("/app/persons?lang=zh");
        assertThat(chinese.body())
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("Add a person")
                .contains(">unknown<")
                .doesNotContain("不详");
    }
}
