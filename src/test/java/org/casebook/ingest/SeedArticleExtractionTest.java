package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The seed article through the API: Heyit reported dead in custody by Turkey, alive according to the ambassador
 * and Chinese state media, the activists disputing the video, and the denials of the camps. Nothing is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedArticleExtractionTest {
    static final Path SEED = Path.of("../shared/corpus/seed-article-2019-02-13-china-rejects-mass-detention.txt");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void theSeedArticleYieldsTheContestedClaimsWithTheirAssertersAndStances() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(SEED), "the seed article is read from ../shared");
        HttpApi api = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        String text = Files.readString(SEED);
        HttpApi.Reply reply = api.post(
                "/api/v1/ingest/extract",
                Map.of("text", text, "publisher", "the article", "publishedOn", "2019-02-13"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode result = reply.json();

        List<String> claims = new ArrayList<>();
        for (JsonNode c : result.get("claims")) {
            claims.add(c.get("subject").asString("") + " | " + c.get("type").asString() + " | "
                    + c.get("asserter").asString() + " | " + c.get("stance").asString());
            int start = c.get("evidence").get("start").asInt();
            int end = c.get("evidence").get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(c.get("sentence").asString());
        }
        assertThat(result.get("claims")).anySatisfy(c -> {
            assertThat(c.get("type").asString()).isEqualTo("died");
            assertThat(c.get("asserter").asString()).isEqualTo("Turkey");
            assertThat(c.get("inCustody").asBoolean()).isTrue();
        });
        assertThat(claims)
                .contains(
                        "Abdurehim Heyit | died | Turkey | asserts",
                        "Abdurehim Heyit | alive | Deng Li | asserts",
                        "Abdurehim Heyit | alive | Uighur diaspora activists | disputes",
                        " | detained | Deng Li | denies",
                        " | detained | China | denies");

        List<String> persons = new ArrayList<>();
        result.get("persons")
                .forEach(p -> persons.add(
                        p.get("name").asString() + " | " + p.get("role").asString("")));
        assertThat(persons)
                .contains("Deng Li | Chinese Ambassador to Ankara")
                .anyMatch(p -> p.startsWith("Abdurehim Heyit"));
        List<String> organisations = new ArrayList<>();
        result.get("organisations").forEach(o -> organisations.add(o.get("name").asString()));
        assertThat(organisations).contains("China Radio International").doesNotContain("Deng Li", "Abdurehim Heyit");
        assertThat(result.get("quotes").get(0).get("speaker").asString()).isEqualTo("Deng Li");
        // '…," said the ambassador': the parser takes the ambassador for the verb's object.
        assertThat(result.get("quotes").get(1).get("text").asString()).startsWith("Of course");
        assertThat(result.get("quotes").get(1).get("speaker").asString()).isEqualTo("Deng Li");
    }

    @Test
    void badInputIsAProblemAndViewersMayNotRunIt() {
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        HttpApi.Reply empty = contributor.post("/api/v1/ingest/extract", Map.of("text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("text");
        assertThat(contributor
                        .post("/api/v1/ingest/extract", Map.of("text", "x", "publishedOn", "13 Feb"))
                        .status())
                .isEqualTo(400);
        assertThat(contributor
                        .post("/api/v1/ingest/extract", Map.of("text", "x".repeat(Extractor.MAX_CHARS + 1)))
                        .status())
                .isEqualTo(400);
        HttpApi viewer =
                new HttpApi(port, TestAccounts.create(accounts, Role.viewer).token());
        assertThat(viewer.post("/api/v1/ingest/extract", Map.of("text", "Someone said something."))
                        .status())
                .isEqualTo(403);
    }
}
