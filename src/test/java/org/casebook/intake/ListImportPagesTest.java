package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Map;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import pages without JavaScript: upload, columns, first rows, dry run, import, outcomes, undo. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListImportPagesTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void anEditorImportsATurkishSpreadsheetPageByPage() throws Exception {
        WebSession editor = TestAccounts.session(accounts, Role.editor, port);
        assertThat(editor.get("/app/imports").body()).contains("enctype=\"multipart/form-data\"");

        WebSession.Page noFile =
                editor.postMultipart("/app/imports", Map.of("title", "A list", "kind", "ngo_report"), "file", Map.of());
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.body()).contains("choose the list");

        editor.get("/app/imports");
        WebSession.Page noExport = editor.postMultipart("/app/imports/casebook-export", Map.of(), "export", Map.of());
        assertThat(noExport.status()).isEqualTo(400);
        assertThat(noExport.body()).contains("choose the export");
        WebSession.Page notAnExport = editor.postMultipart(
                "/app/imports/casebook-export", Map.of(), "export", Map.of("x.zip", "not a zip".getBytes()));
        assertThat(notAnExport.status()).isEqualTo(400);
        assertThat(notAnExport.body()).contains("not a Casebook export");
        editor.get("/app/imports");
        WebSession.Page notJson = editor.postMultipart(
                "/app/imports/casebook-published", Map.of(), "published", Map.of("x.json", "[1,2".getBytes()));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body())
                .contains("not Casebook’s published JSON export")
                .contains("id=\"published-error\"");

        editor.get("/app/imports");
        String sheet = "Adı Soyadı;Doğum yılı;Cinsiyet;Durum;Tarih;Not\r\n"
                + "Gülşen Abbas;1962;kadın;tutuklu;2018-09-11;x\r\n"
                + "Ömer Kanat Şirin;1980;erkek;vefat etti;05.03.2020;y\r\n"
                + ";1990;erkek;;;z\r\n";
        WebSession.Page uploaded = editor.postMultipart(
                "/app/imports",
                Map.of("title", "Association list 2020", "kind", "ngo_report", "party", "family", "credibility", "3"),
                "file",
                Map.of("liste.csv", sheet.getBytes(Charset.forName("windows-1254"))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.uri()).matches(".*/app/imports/\\d+");
        String self = uploaded.uri().substring(uploaded.uri().indexOf("/app/imports/"));
        // ICU names the Turkish single-byte encoding ISO-8859-9; it reads the Turkish letters as windows-1254 does.
        assertThat(uploaded.body()).containsAnyOf("windows-1254", "ISO-8859-9");
        assertThat(uploaded.body())
                .contains("Gülşen Abbas")
                .contains("value=\"birth_year\" selected")
                .contains("Ömer Kanat Şirin");
        // The row without a name shows its problem beside the name.
        assertThat(uploaded.body()).contains("a person needs at least one name");

        WebSession.Page mapped = editor.post(
                self + "/mapping",
                Map.of(
                        "column0",
                        "name",
                        "column1",
                        "birth_year",
                        "column2",
                        "gender",
                        "column3",
                        "status",
                        "column4",
                        "status_date",
                        "column5",
                        "",
                        "credibility",
                        "3",
                        "presetName",
                        "Association"));
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
        assertThat(editor.get("/app/imports").body()).contains("<option value=\"Association\">");

        WebSession.Page dry = editor.post(self + "/dry-run", Map.of());
        assertThat(dry.status()).isEqualTo(200);
        String dryPage = dry.body();
        for (int i = 0; i < 100 && !dryPage.contains("Dry run over"); i++) {
            // Under way, the page says how far it has come, and asks again every two seconds.
            assertThat(dryPage).containsPattern("Dry run: (reading everyone documented|checking the rows)|waiting");
            Thread.sleep(100);
            dryPage = editor.get(self).body();
        }
        assertThat(dryPage).contains("Dry run over 3 rows").contains("Refused: 1");

        editor.get(self);
        WebSession.Page started = editor.post(self + "/start", Map.of());
        assertThat(started.status()).isEqualTo(200);
        String page = started.body();
        for (int i = 0; i < 100 && !page.contains("imported —"); i++) {
            Thread.sleep(100);
            page = editor.get(self).body();
        }
        assertThat(page).contains("imported —").contains("new person: 2").contains("refused: 1");
        assertThat(page).contains("CB-");
        WebSession.Page csv = editor.get(self + "/outcomes.csv");
        assertThat(csv.body())
                .startsWith("line,outcome,person_public_id,claim_id,detail")
                .contains("refused");

        WebSession.Page noReason = editor.post(self + "/undo", Map.of("reason", " ", "confirm", "yes"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("say why");
        editor.get(self);
        editor.post(self + "/undo", Map.of("reason", "imported twice by mistake", "confirm", "yes"));
        for (int i = 0; i < 100 && !page.contains("undone:"); i++) {
            Thread.sleep(100);
            page = editor.get(self).body();
        }
        assertThat(page).contains("undone:").contains("imported twice by mistake");

        WebSession contributor = TestAccounts.session(accounts, Role.contributor, port);
        assertThat(contributor.get("/app/imports").status()).isEqualTo(403);
    }
}
