package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.HttpApi;
import org.casebook.web.CsvCells;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public search as a journalist uses it: by name in any script, narrowed by facets, and downloaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSearchTest {
    @LocalServerPort
    int port;

    private Document page(String path) {
        HttpApi.Reply reply = new HttpApi(port).get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return Jsoup.parse(reply.body());
    }

    @Test
    void aSearchInUyghurShowsTheFormThatMatchedBesideTheOthers() {
        Document found = page("/search?q=" + URLEncoder.encode("ئابدۇرېھىم ھېيىت", StandardCharsets.UTF_8));
        Element first = found.selectFirst(".results li");
        assertThat(first.selectFirst("a").text()).isEqualTo("Abdurehim Heyit");
        assertThat(first.select(".matched bdi").text()).isEqualTo("ئابدۇرېھىم ھېيىت");
        assertThat(first.select(".other-names").text()).contains("阿不都日衣木·艾衣提").contains("Абдурехим Хейит");
    }

    @Test
    void facetsNarrowTheResultsAndCountThemRight() {
        Document all = page("/search");
        Element facets = all.selectFirst("nav.facets");
        assertThat(facets.select("h3").eachText()).contains("Status", "Gender");
        Element contested = facets.select("a").stream()
                .filter(a -> a.attr("href").contains("status=contested"))
                .findFirst()
                .orElseThrow();
        long count =
                Long.parseLong(contested.parent().selectFirst(".count").text().replaceAll("\\D", ""));
        Document narrowed = page(contested.attr("href"));
        List<String> statuses = narrowed.select(".results .status").eachText();
        assertThat(statuses).isNotEmpty().allMatch("contested"::equals);
        assertThat(narrowed.select("main > p, section > p").eachText()).anyMatch(p -> p.startsWith(count + " "));
        assertThat(narrowed.select(".results a").eachText()).contains("Abdurehim Heyit");
        // The chosen value can be cleared, and the search form keeps it.
        assertThat(narrowed.select("nav.facets .chosen a").attr("href")).isEqualTo("/search");
        assertThat(narrowed.select("form[role=search] input[name=status]").attr("value"))
                .isEqualTo("contested");

        // A year of detention, from published claims.
        Element year = page("/search").select("nav.facets a").stream()
                .filter(a -> a.attr("href").contains("year="))
                .findFirst()
                .orElseThrow();
        assertThat(page(year.attr("href")).select(".results li")).isNotEmpty();
    }

    @Test
    void resultsDownloadAsCsvAndJsonWithPublishedFieldsOnly() {
        HttpApi visitor = new HttpApi(port);
        HttpApi.Reply csv = visitor.get("/search.csv?q=Heyit");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("\uFEFFpublic_id,name,matched_name,other_names,status,gender,born,hometown,address");
        assertThat(lines[1]).startsWith("\"CB-000001\",\"Abdurehim Heyit\",").contains("\"contested\"");

        JsonNode json = visitor.get("/search.json?status=contested").json();
        assertThat(json.get("total").asLong()).isPositive();
        for (JsonNode item : json.get("items")) {
            assertThat(item.get("status").asString()).isEqualTo("contested");
            assertThat(item.get("person").has("notes")).isFalse();
            assertThat(item.get("person").has("occupation")).isFalse();
        }
        assertThat(visitor.get("/search.json?q=" + "x".repeat(201)).status()).isEqualTo(400);
    }

    @Test
    void aCellThatASpreadsheetWouldRunStaysText() {
        assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvCells.cell("Abdurehim Heyit")).isEqualTo("\"Abdurehim Heyit\"");
    }
}
