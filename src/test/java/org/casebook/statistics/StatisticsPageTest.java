package org.casebook.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The statistics page: published records on the public page, every record on the internal one, each table as CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsPageTest {
    static final List<String> FIGURES = List.of(
            "status",
            "contested",
            "year",
            "prefecture",
            "county",
            "gender",
            "age",
            "sources",
            "claims",
            "lifeRequests");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    StatisticsFigures figures;

    @Test
    void theInternalPageCountsAnUnpublishedPersonAndThePublicPageNeverShowsIt() {
        HttpApi api =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String secretPlace = "=HYPERLINK(\"x\")-" + UUID.randomUUID().toString().substring(0, 6);
        long place = api.post("/api/v1/places", Map.of("name", secretPlace, "level", "prefecture"))
                .json()
                .get("id")
                .asLong();
        figures.forget();
        long internalBefore = figures.figures(false).figure("status").total();
        long publicBefore = figures.figures(true).figure("status").total();
        long prefectureBefore = figures.figures(false).figure("prefecture").total();

        Map<String, Object> person = new HashMap<>();
        person.put("gender", "female");
        person.put("birthYearFrom", 1960);
        person.put("birthYearTo", 1962);
        person.put("hometownPlaceId", place);
        person.put("names", List.of(Map.of("text", "Unpublished " + UUID.randomUUID(), "kind", "primary")));
        assertThat(api.post("/api/v1/persons?confirmedNew=true", person).status())
                .isEqualTo(201);
        figures.forget();

        assertThat(figures.figures(false).figure("status").total()).isEqualTo(internalBefore + 1);
        assertThat(figures.figures(false).figure("prefecture").total()).isEqualTo(prefectureBefore + 1);
        assertThat(figures.figures(true).figure("status").total()).isEqualTo(publicBefore);

        HttpApi.Reply page = new HttpApi(port).get("/statistics");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("public");
        for (String id : FIGURES) {
            assertThat(page.body()).contains("data-chart=\"" + id + "-chart\"", "href=\"/statistics/" + id + ".csv\"");
            HttpApi.Reply csv = new HttpApi(port).get("/statistics/" + id + ".csv");
            assertThat(csv.status()).as(id).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.body()).doesNotContain("HYPERLINK");
        }
        assertThat(page.body())
                .contains("What these numbers are not", "Published records only", "/webjars/chart.js/")
                .doesNotContain("HYPERLINK");
        assertThat(new HttpApi(port).get("/statistics/nothing.csv").status()).isEqualTo(404);
        assertThat(new HttpApi(port).get("/app/statistics").status()).isIn(302, 401);

        WebSession viewer = TestAccounts.session(accounts, Role.viewer, port);
        WebSession.Page internal = viewer.get("/app/statistics");
        assertThat(internal.status()).isEqualTo(200);
        assertThat(internal.body()).contains("HYPERLINK", "Every documented record that is not retracted");
        String csv = viewer.get("/app/statistics/prefecture.csv").body();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")-").startsWith("\"Prefecture\",\"Persons\"");
        assertThat(viewer.get("/app/statistics/age.csv").body()).contains("\"60 and over\"");
    }

    @Test
    void theEstimatesPageWordsItsNotesInThePagesLanguage() {
        WebSession contributor = TestAccounts.session(accounts, Role.contributor, port);
        Map<String, String> form = new HashMap<>();
        form.put("table", "A,B,count\n1,0,70\n0,1,45\n1,1,30");
        form.put("bootstrap", "0");
        form.put("criterion", "BIC");
        WebSession.Page page = contributor.post("/app/estimates?lang=ug", form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<dd id=\"total\">250</dd>", "bootstrap تەلەپ قىلىنمىدى", "نوپۇس يېپىق")
                .doesNotContain("No bootstrap was asked for");

        form.put("table", "A,B\n1,0");
        WebSession.Page refused = contributor.post("/app/estimates?lang=ug", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("باش قۇردا count دېگەن ئىستون يوق").doesNotContain("no column named count");
    }

    @Test
    void thePublicPageIsInTheReadersLanguage() {
        HttpApi.Reply uyghur = new HttpApi(port).get("/statistics?lang=ug");
        assertThat(uyghur.body()).contains("dir=\"rtl\"", "خاتىرە ستاتىستىكىسى");
        HttpApi.Reply chinese = new HttpApi(port).get("/statistics/gender.csv?lang=zh");
        assertThat(chinese.body()).startsWith("\"性别\",\"人数\"");
    }
}
