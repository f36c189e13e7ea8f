package org.casebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportFlowTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRelativeReportsGetsAReceiptFollowsItAndAnEditorTurnsItIntoAPerson() {
        WebSession relative = new WebSession(port);
        String contact = "signal +90 555 " + System.nanoTime();
        WebSession.Page receipt = submit(relative, "Mihray Testqizi", contact, "", true);
        assertThat(receipt.status()).isEqualTo(200);
        String code = match(receipt.body(), "id=\"receipt-code\" dir=\"ltr\">([A-Z2-9-]{19})<");
        long reportId = jdbc.sql("select max(id) from report").query(Long.class).single();
        // The code is kept only as a hash, and the contact only sealed.
        assertThat(jdbc.sql("select count(*) from report where receipt_hash like :c")
                        .param("c", "%" + code.substring(0, 4) + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        // The whole contact (with its spaces, which base64 never holds), not a fragment a ciphertext may hold by
        // chance.
        assertThat(jdbc.sql("select count(*) from secret_value where strpos(sealed, :c) > 0")
                        .param("c", contact)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(state(relative, code)).isEqualTo("received");
        WebSession.Page added = relative.post(
                "/report/status", Map.of("code", code.toLowerCase(), "addition", "She wore a blue coat."));
        assertThat(added.body())
                .contains("with the report now")
                .doesNotContain("Mihray")
                .doesNotContain(contact);
        assertThat(relative.post("/report/status", Map.of("code", "AAAA-BBBB-CCCC-DDDD"))
                        .status())
                .isEqualTo(404);

        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        HttpApi editor = new HttpApi(port, editorAccount.token());
        WebSession editorWeb = TestAccounts.session(editorAccount, port);
        assertThat(editorWeb.get("/app/reports").body()).contains("Mihray Testqizi");
        String review = editorWeb.get("/app/reports/" + reportId).body();
        assertThat(review).contains("She wore a blue coat.").doesNotContain(contact);
        // Each name is isolated, so a list that starts with a Uyghur name keeps its order.
        assertThat(review).contains("<bdi dir=\"auto\">Mihray Testqizi</bdi> · <bdi dir=\"auto\">مىھراي</bdi>");
        assertThat(editorWeb.get("/app/reports/" + reportId + "?reveal=true").body())
                .contains(contact);

        WebSession.Page created = editorWeb.exactly("POST", "/app/reports/" + reportId + "/create-person", "");
        assertThat(created.status()).isEqualTo(302);
        String personId = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(state(relative, code)).isEqualTo("linked");
        var person = editor.get("/api/v1/persons/" + personId).json();
        assertThat(person.get("displayName").asString()).isEqualTo("Mihray Testqizi");
        assertThat(person.get("status").get("value").asString()).isEqualTo("missing");
        long sourceId = editor.get("/api/v1/claims?personId=" + personId)
                .json()
                .get("items")
                .get(0)
                .get("sourceId")
                .asLong();
        assertThat(editor.get("/api/v1/sources/" + sourceId)
                        .json()
                        .get("consent")
                        .asString())
                .isEqualTo("publish_anonymously");
        assertThat(editor.get("/api/v1/secrets/source/" + sourceId)
                        .json()
                        .get("testifier_contact")
                        .asString())
                .isEqualTo(contact);

        editor.put("/api/v1/persons/" + personId + "/publication", Map.of("state", "published", "version", 1));
        assertThat(state(relative, code)).isEqualTo("published");
        // The queue, read in one go for all its reports, shows open reports only unless asked for all.
        assertThat(editorWeb.get("/app/reports").body()).doesNotContain("Mihray Testqizi");
        assertThat(editorWeb.get("/app/reports?all=true").body())
                .containsPattern("Mihray Testqizi</bdi> · <bdi dir=\"auto\">[^<]*</bdi></td><td>published</td>");
    }

    /** The fuller form: what a relative knows of the person, with a photo and a document, kept for editors. */
    @Test
    void aFullerReportKeepsItsDetailsAndItsFilesForEditorsOnly() throws Exception {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        WebSession relative = new WebSession(port);
        Map<String, String> fields = fuller(relative, "abc");
        WebSession.Page refused = relative.postMultipart(
                "/report", fields, "files", Map.of("note.txt", "just words".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("a year of birth such as 1962")
                .contains("choose your files again")
                .contains("Perhat Testoghli");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single())
                .isEqualTo(before);

        WebSession.Page wrongFile = relative.postMultipart(
                "/report",
                fuller(relative, "1962"),
                "files",
                Map.of("note.txt", "just words".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrongFile.status()).isEqualTo(400);
        assertThat(wrongFile.body()).contains("send photos (JPEG, PNG, WebP, GIF, HEIC) or PDF documents only");

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("photo.png", png());
        files.put(
                "letter.pdf",
                ("%PDF-1.4\n% a letter from the camp " + System.nanoTime() + "\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII));
        WebSession.Page receipt = relative.postMultipart("/report", fuller(relative, "57"), "files", files);
        assertThat(receipt.status()).isEqualTo(200);
        String code = match(receipt.body(), "id=\"receipt-code\" dir=\"ltr\">([A-Z2-9-]{19})<");
        long reportId = jdbc.sql("select max(id) from report").query(Long.class).single();
        assertThat(jdbc.sql("select media_type from report_file where report_id = :id order by media_type")
                        .param("id", reportId)
                        .query(String.class)
                        .list())
                .containsExactly("application/pdf", "image/png");
        String sha = jdbc.sql(
                        "select evidence_sha256 from report_file where report_id = :id and media_type = 'image/png'")
                .param("id", reportId)
                .query(String.class)
                .single();
        // The original file names are not kept: they may name the family.
        assertThat(jdbc.sql("select count(*) from custody_event where original_name = 'photo.png'")
                        .query(Long.class)
                        .single())
                .isZero();

        // The status page says what the state means and what to expect.
        WebSession.Page status = relative.post("/report/status", Map.of("code", code));
        assertThat(status.body()).contains("Nobody has read it yet").contains("never asks for money");

        // A contributor sees the details and that files came, but cannot open a file attached to nothing.
        WebSession contributor = TestAccounts.session(TestAccounts.create(accounts, Role.contributor), port);
        String review = contributor.get("/app/reports/" + reportId).body();
        assertThat(review)
                .contains("57")
                .contains("Kashgar")
                .contains("teacher")
                .contains("Yengisar")
                .contains("2 files were sent");
        assertThat(contributor.get("/app/evidence/" + sha).status()).isEqualTo(404);
        assertThat(contributor.get("/app/evidence/" + sha + "/content").status())
                .isEqualTo(404);

        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        WebSession editor = TestAccounts.session(editorAccount, port);
        assertThat(editor.get("/app/reports/" + reportId).body()).contains("/app/evidence/" + sha);
        assertThat(editor.get("/app/evidence/" + sha).status()).isEqualTo(200);

        // What the relative knew starts the person's record.
        WebSession.Page created = editor.exactly("POST", "/app/reports/" + reportId + "/create-person", "");
        String personId = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        var person = new HttpApi(port, editorAccount.token())
                .get("/api/v1/persons/" + personId)
                .json();
        assertThat(person.get("gender").asString()).isEqualTo("male");
        assertThat(person.get("occupation").asString()).isEqualTo("teacher");
        int year = LocalDate.now().getYear();
        assertThat(person.get("birthYearTo").asInt()).isEqualTo(year - 57);
    }

    private Map<String, String> fuller(WebSession web, String birthYearOrAge) {
        String challenge = match(web.get("/report").body(), "name=\"challenge\" value=\"([^\"]+)\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("challenge", challenge);
        fields.put("nonce", ReportForms.solve(challenge));
        fields.put("name1", "Perhat Testoghli");
        fields.put("birthYearOrAge", birthYearOrAge);
        fields.put("gender", "male");
        fields.put("hometown", "Kashgar");
        fields.put("occupation", "teacher");
        fields.put("takenPlace", "Kashgar airport");
        fields.put("heldPlace", "Yengisar");
        fields.put("lastContactOn", "2017-05-01");
        fields.put("consent", "do_not_publish");
        fields.put("website", "");
        return fields;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A relative chooses Uyghur once; the form, the receipt and the status page follow, right to left. */
    @Test
    void aRelativeReportsInUyghur() {
        WebSession relative = new WebSession(port);
        WebSession.Page form = relative.get("/report?lang=ug");
        assertThat(form.body())
                .contains("<html lang=\"ug\" dir=\"rtl\">")
                .contains("يوقاپ كەتكەن ياكى تۇتۇپ تۇرۇلغان ئادەمنى مەلۇم قىلىش")
                .contains("(چوقۇم)")
                .doesNotContain("Send the report")
                .doesNotContain("(required)")
                .doesNotContain("type=\"date\"");
        WebSession.Page nameless = submit(relative, "", "", "", true);
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.body())
                .contains("بەلگە قويۇلغان بۆلەكلەرنى تەكشۈرۈڭ")
                .contains("يوقاپ كەتكەن ئادەمنىڭ كەم دېگەندە بىر ئىسمىنى")
                .doesNotContain("at least one name");
        WebSession.Page receipt = submit(relative, "Gulnisa Uyghurcheqizi", "", "", true);
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body()).contains("<html lang=\"ug\" dir=\"rtl\">").contains("تالون نومۇرىڭىز");
        String code = match(receipt.body(), "id=\"receipt-code\" dir=\"ltr\">([A-Z2-9-]{19})<");
        assertThat(relative.post("/report/status", Map.of("code", code)).body())
                .contains("مەلۇماتىڭىزنىڭ ئەھۋالى")
                .contains("id=\"report-state\">تاپشۇرۇۋېلىندى<");

        // Chosen in the switcher, the language is remembered; an unknown choice changes nothing.
        assertThat(relative.get("/report?lang=xx").body()).contains("<html lang=\"ug\" dir=\"rtl\">");
        assertThat(relative.get("/report?lang=tr").body()).contains("<html lang=\"tr\" dir=\"ltr\">");
        assertThat(relative.get("/report").body()).contains("Bildirimi gönder");
        // The home page counts in the reader's language, with the language's plural forms.
        assertThat(relative.get("/?lang=ru").body()).containsPattern("[0-9]+ опубликованн(ый|ых|ого) человека?\\.");
        assertThat(relative.get("/?lang=zh").body()).containsPattern("已公开 [0-9]+ 人。");
        // Sign-in is a documenters' page: in Turkish, one of their languages; in English for a Chinese reader.
        assertThat(relative.get("/login?lang=tr").body())
                .contains("<html lang=\"tr\" dir=\"ltr\">")
                .contains("Giriş yap");
        assertThat(relative.get("/login?lang=zh").body())
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("Sign in");
        assertThat(new WebSession(port).get("/report").body()).contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void refusedSubmissionsKeepNothing() {
        long before = jdbc.sql("select count(*) from report").query(Long.class).single();
        WebSession bot = new WebSession(port);
        WebSession.Page honeypot = submit(bot, "Bot Name", "", "http://spam.example", true);
        assertThat(honeypot.status()).isEqualTo(429);
        assertThat(honeypot.body()).contains("leave empty");
        // No proof of work and sent at once: refused as too quick.
        WebSession.Page hasty = submit(bot, "Bot Name", "", "", false);
        assertThat(hasty.status()).isEqualTo(429);
        assertThat(hasty.body()).contains("very quickly");
        WebSession.Page invalid = submit(bot, "", "", "", true);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("at least one name");
        assertThat(jdbc.sql("select count(*) from report").query(Long.class).single())
                .isEqualTo(before);
    }

    private WebSession.Page submit(WebSession web, String name, String contact, String honeypot, boolean solve) {
        String challenge = match(web.get("/report").body(), "name=\"challenge\" value=\"([^\"]+)\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("challenge", challenge);
        fields.put("nonce", solve ? ReportForms.solve(challenge) : "");
        fields.put("name1", name);
        fields.put("name2", name.isEmpty() ? "" : "مىھراي");
        fields.put("lastContactOn", "2018-03-01");
        fields.put("lastPlace", "Ghulja");
        fields.put("account", "Taken from her home.");
        fields.put("relation", "brother");
        fields.put("contact", contact);
        fields.put("consent", "publish_anonymously");
        fields.put("website", honeypot);
        return web.post("/report", fields);
    }

    private static String state(WebSession web, String code) {
        return match(web.post("/report/status", Map.of("code", code)).body(), "id=\"report-state\">([a-z ]+)<");
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find())
                .as("%s in %s", regex, text.length() > 2000 ? text.substring(0, 2000) : text)
                .isTrue();
        return m.group(1);
    }
}
