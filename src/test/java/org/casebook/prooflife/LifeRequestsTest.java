package org.casebook.prooflife;

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
import tools.jackson.databind.JsonNode;

/** A request from drafted to assessed, consent before publication, and what the public then sees. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifeRequestsTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void theDemoRequestForHeyitIsOnTheStillWaitingPageAsAnswered() {
        HttpApi.Reply page = new HttpApi(port).get("/proof-of-life");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Still waiting for proof of life", "Abdurehim Heyit", "Turkey, Ministry of Foreign Affairs");
        JsonNode list = new HttpApi(port).get("/api/public/v1/life-requests").json();
        assertThat(list.get("counts").get("made").asLong()).isPositive();
        assertThat(new HttpApi(port).get("/persons/CB-000001").body()).contains("id=\"proof-of-life\"", "Answered on");
    }

    @Test
    void aRelativesRequestIsPublishedOnlyWithConsentAndNeverNamesThem() {
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        HttpApi editor = new HttpApi(port, editorAccount.token());
        String person = publishedPerson(editor);
        // Seen before any request: the persons asked about, kept in memory for this page, must follow the creation.
        assertThat(new HttpApi(port).get("/persons/" + person).body()).doesNotContain("id=\"proof-of-life\"");

        Map<String, Object> body = body(person);
        body.put("askerName", "Named Relative");
        HttpApi.Reply named = contributor.post("/api/v1/life-requests", body);
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.body()).contains("askerName", "never named");

        body.remove("askerName");
        HttpApi.Reply created = contributor.post("/api/v1/life-requests", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("state").asString()).isEqualTo("sent");
        assertThat(created.json().get("daysWaited").asLong()).isGreaterThan(365);

        HttpApi.Reply refused =
                editor.put("/api/v1/life-requests/" + id + "/publication", Map.of("state", "published", "version", 1));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("not consented");
        assertThat(new HttpApi(port).get("/persons/" + person).body())
                .as("a request not published")
                .doesNotContain("Waiting for");

        body.put("consent", true);
        body.put("version", 1);
        body.put("reason", "the relative consented by telephone");
        // A contributor changes their own draft; publishing is an editor's.
        assertThat(contributor.put("/api/v1/life-requests/" + id, body).status())
                .isEqualTo(200);
        assertThat(contributor
                        .put("/api/v1/life-requests/" + id + "/publication", Map.of("state", "published", "version", 2))
                        .status())
                .isEqualTo(403);
        assertThat(editor.put(
                                "/api/v1/life-requests/" + id + "/publication",
                                Map.of("state", "published", "version", 2))
                        .status())
                .isEqualTo(200);

        JsonNode shown = request(id);
        assertThat(shown.get("askerKind").asString()).isEqualTo("relative");
        assertThat(shown.get("askerName").isNull()).isTrue();
        assertThat(shown.get("answered").asBoolean()).isFalse();
        String page = new HttpApi(port).get("/proof-of-life").body();
        assertThat(page).contains("Asked for by <bdi dir=\"auto\">a relative</bdi> of", "unanswered");
        assertThat(new HttpApi(port).get("/persons/" + person).body()).contains("Waiting for");
        assertThat(new HttpApi(port).get("/persons/" + publishedPerson(editor)).body())
                .as("another person's page")
                .doesNotContain("Waiting for");

        // The relative's identity, when a documenter records it, is a sealed field of the request: editors only.
        assertThat(editor.put("/api/v1/secrets/life_request/" + id, Map.of("asker_identity", "Her brother, in Almaty"))
                        .status())
                .isEqualTo(200);
        WebSession web = TestAccounts.session(editorAccount, port);
        assertThat(web.get("/app/life-requests/" + id).body()).contains("/app/secrets/life_request/" + id);
        assertThat(web.get("/app/secrets/life_request/" + id).body()).contains("Her brother, in Almaty");
        Map<String, String> form = new HashMap<>();
        form.put("personId", person);
        form.put("askerKind", "relative");
        form.put("askerName", "Named Relative");
        form.put("addresseeKind", "embassy");
        form.put("addresseeName", "An embassy");
        form.put("askedOn", "2019-02-12");
        form.put("state", "sent");
        WebSession.Page refusedForm = web.post("/app/life-requests/new?lang=ug", form);
        assertThat(refusedForm.status()).isEqualTo(400);
        assertThat(refusedForm.body()).contains("تۇغقاننىڭ ئىسمى خاتىرىدە ھەرگىز ئاتالمايدۇ");
        assertThat(web.get("/app/secrets/life_request/" + id + "?lang=ug").body())
                .contains("كىم تەلەپ قىلغان", "ھايات ئىكەنلىكىنى ئىسپاتلاش تەلىپى");
        assertThat(contributor.get("/api/v1/secrets/life_request/" + id).status())
                .isEqualTo(403);
        assertThat(new HttpApi(port).get("/api/public/v1/life-requests").body()).doesNotContain("Her brother");

        assertThat(editor.get("/api/v1/life-requests").body())
                .contains("\"id\":" + id + ",", "\"personId\":\"" + person + "\"");

        JsonNode history = editor.get("/api/v1/revisions/life_request/" + id).json();
        assertThat(history.toString()).contains("the relative consented by telephone");
    }

    @Test
    void anAnswerAndItsAssessmentFollowTheRulesOfTheRecord() {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String person = publishedPerson(editor);
        Map<String, Object> body = body(person);
        body.put("askerKind", "organisation");
        body.put("askerName", "A diaspora association");
        body.put("state", "answered");
        assertThat(editor.post("/api/v1/life-requests", body).body()).contains("answeredOn", "date of its answer");
        body.put("answeredOn", "2018-01-01");
        assertThat(editor.post("/api/v1/life-requests", body).body()).contains("cannot come before the request");
        body.put("answeredOn", "2019-03-10");
        body.put("answerSourceId", familySource(editor));
        assertThat(editor.post("/api/v1/life-requests", body).body()).contains("party is the state");
        body.remove("answerSourceId");
        body.put("state", "assessed");
        assertThat(editor.post("/api/v1/life-requests", body).body()).contains("needs its assessment");
        body.put("assessment", "not_credible");
        body.put("answerKind", "video");
        HttpApi.Reply created = editor.post("/api/v1/life-requests", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("daysWaited").asLong()).isEqualTo(26);
    }

    private JsonNode request(long id) {
        for (JsonNode r :
                new HttpApi(port).get("/api/public/v1/life-requests").json().get("requests")) {
            if (r.get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("request " + id + " is not public");
    }

    private static Map<String, Object> body(String person) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("askerKind", "relative");
        body.put("addresseeKind", "embassy");
        body.put("addresseeName", "Embassy of the People's Republic of China in Ankara");
        body.put("askedOn", "2019-02-12");
        body.put("channel", "letter");
        body.put("state", "sent");
        return body;
    }

    private static String publishedPerson(HttpApi editor) {
        JsonNode person = editor.post(
                        "/api/v1/persons?confirmedNew=true",
                        Map.of(
                                "gender",
                                "female",
                                "names",
                                List.of(Map.of("text", "Waiting " + UUID.randomUUID(), "kind", "primary"))))
                .json();
        String id = person.get("publicId").asString();
        assertThat(editor.put("/api/v1/persons/" + id + "/publication", Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
        editor.put(
                "/api/v1/persons/" + id + "/names/"
                        + person.get("names").get(0).get("id").asLong() + "/publication",
                Map.of("state", "published", "version", 1));
        return id;
    }

    private static long familySource(HttpApi editor) {
        return editor.post(
                        "/api/v1/sources",
                        Map.of(
                                "kind",
                                "testimony",
                                "title",
                                "A testimony " + UUID.randomUUID(),
                                "party",
                                "family",
                                "reliability",
                                "C"))
                .json()
                .get("id")
                .asLong();
    }
}
