package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public person page of the seed case, as a journalist reads it: both sides, every name, how to cite it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPersonPageTest {
    @LocalServerPort
    int port;

    private Document page(String path) {
        HttpApi.Reply reply = new HttpApi(port).get(path);
        assertThat(reply.status()).isEqualTo(200);
        return Jsoup.parse(reply.body());
    }

    @Test
    void theSeedCaseShowsBothSidesSideBySide() {
        Document page = page("/persons/CB-000001");
        assertThat(page.select("#status-title .status").text()).isEqualTo("contested");
        assertThat(page.select("#status-rule").text())
                .startsWith("A death is reported")
                .contains("Rule R3");

        Element death = page.selectFirst(".side-deciding");
        Element life = page.selectFirst(".side-against");
        assertThat(death.select("h3").text()).isEqualTo("Reported dead");
        assertThat(life.select("h3").text()).isEqualTo("Reported alive, or the death denied");

        // Each side in plain words, the asserter isolated, with party, date and source with its publisher.
        assertThat(says(death)).containsExactly("According to Turkey, this person has died.");
        assertThat(death.select(".claim-card .meta").text())
                .contains("foreign government")
                .contains("date unknown; said by Feb 13, 2019, the date of its source")
                .contains("Source: China rejects mass detention of Muslims in Xinjiang");
        assertThat(says(life.selectFirst(".claim-cards")))
                .containsExactly(
                        "According to China Radio International's Turkish language service, this person is alive.",
                        "According to Chinese Ambassador to Ankara Deng Li, this person is alive.");
        assertThat(life.select(".claim-card bdi").first().text())
                .isEqualTo("China Radio International's Turkish language service");
        assertThat(life.select(".claim-card .meta").text())
                .contains("state media")
                .contains("Feb 10, 2019");
        assertThat(death.select(".source-link").attr("href")).startsWith("/sources/");

        // The activists' challenge of the video is beside the side it challenges, and not counted.
        assertThat(says(life.selectFirst(".challenges")))
                .containsExactly(
                        "According to Uighur diaspora activists, the account that this person is alive is open to doubt.");

        // The timeline: the undated death report placed by its source's date, after the video of 10 Feb.
        List<String> types = page.select(".timeline .claim .claim-type").eachText();
        assertThat(types).containsExactly("alive", "alive", "alive", "died");
    }

    @Test
    void everyNameIsShownGroupedByScriptWithItsLanguage() {
        Document page = page("/persons/CB-000001");
        assertThat(page.select(".names-by-script dt").eachText()).contains("Latin", "Arabic", "Cyrillic", "Han");
        assertThat(page.select(".names-by-script bdi[lang=ug]").text()).isEqualTo("ئابدۇرېھىم ھېيىت");
        assertThat(page.select(".names-by-script bdi[lang=ug-Cyrl]").text()).isEqualTo("Абдурәһим Һейт");
        assertThat(page.select(".names-by-script bdi[lang=ru]").text()).isEqualTo("Абдурехим Хейит");
        assertThat(page.select(".names-by-script bdi[lang=zh-Hans]").eachText()).contains("阿不都日衣木·艾衣提");

        // In Chinese, the script names are Chinese too (CLDR).
        Document zh = page("/persons/CB-000001?lang=zh");
        assertThat(zh.select(".names-by-script dt").eachText()).contains("拉丁文", "西里尔文");
        assertThat(zh.select("#status-rule").text()).contains("规则 R3");
    }

    @Test
    void theRecordCanBeCitedAndShared() {
        Document page = page("/persons/CB-000001");
        assertThat(page.select("#cite-text").text())
                .matches("Casebook, Abdurehim Heyit \\(CB-000001\\), version \\d+, last updated \\w+ \\d+, \\d{4}\\.");
        assertThat(page.select(".cite .stable-url").text()).endsWith("/persons/CB-000001");
        assertThat(page.select(".updated").text()).startsWith("Last updated");
        assertThat(page.select("meta[name=description]").attr("content"))
                .startsWith("Abdurehim Heyit: status contested.");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Abdurehim Heyit");
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/persons/CB-000001");
    }

    @Test
    void theSourcePageNamesThePersonsItsClaimsAreAbout() {
        Document person = page("/persons/CB-000001");
        String source = person.select(".side-deciding .source-link").attr("href");
        Document page = page(source);
        assertThat(page.select(".person-name").eachText()).contains("Abdurehim Heyit");
        assertThat(page.select(".person-name").eachText()).noneMatch(n -> n.startsWith("CB-"));
        assertThat(page.select(".details").text())
                .contains("news article")
                .contains("Feb 13, 2019")
                .contains("usually reliable");
        assertThat(page.select("#cite-text").text()).startsWith("Casebook, ");
    }

    @Autowired
    AccountService accounts;

    /** An archived copy of a published article is named by its hash, so anyone holding a copy can check it. */
    @Test
    void aSourcePageNamesItsArchivedCopyByHash() {
        String source =
                page("/persons/CB-000001").select(".side-deciding .source-link").attr("href");
        long id = Long.parseLong(source.replaceAll("\\D", ""));
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        HttpApi.Reply stored = editor.postBytes(
                "/api/v1/evidence?sourceId=" + id + "&filename=archive.pdf",
                "application/octet-stream",
                ("%PDF-1.4\n% archived copy " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(stored.status()).isEqualTo(201);
        String sha = stored.json().get("evidence").get("sha256").asString();
        assertThat(page(source).select(".copies .sha256").eachText()).contains(sha);
        assertThat(new HttpApi(port).get("/api/public/v1/sources/" + id).body()).contains(sha);
    }

    private static List<String> says(Element side) {
        return side.select(".claim-card .says").eachText();
    }
}
