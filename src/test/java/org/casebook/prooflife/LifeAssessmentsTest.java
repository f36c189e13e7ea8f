package org.casebook.prooflife;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The checklist of an answer, step by step, and its conclusion as a claim that enters the status rules: a state
 * video judged not credible, against a credible report of death, leaves the death report deciding.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LifeAssessmentsTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Ledger ledger;

    @Test
    void everyStepIsRecordedThenTheConclusionBecomesAClaim() {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String person = editor.post(
                        "/api/v1/persons?confirmedNew=true",
                        Map.of(
                                "gender",
                                "male",
                                "names",
                                List.of(Map.of("text", "Assessed " + UUID.randomUUID(), "kind", "primary"))))
                .json()
                .get("publicId")
                .asString();
        long news = source(editor, "news_article", "media");
        long video = source(editor, "state_media", "state_media");
        Map<String, Object> death = new HashMap<>();
        death.put("personId", person);
        death.put("type", "died");
        death.put("datePrecision", "day");
        death.put("date", "2019-02-01");
        death.put("sourceId", news);
        death.put("asserter", "Turkey");
        death.put("asserterParty", "foreign_government");
        death.put("stance", "asserts");
        death.put("credibility", 3);
        assertThat(editor.post("/api/v1/claims", death).status()).isEqualTo(201);

        Map<String, Object> request = new HashMap<>();
        request.put("personId", person);
        request.put("askerKind", "government");
        request.put("askerName", "Turkey, Ministry of Foreign Affairs");
        request.put("addresseeKind", "other");
        request.put("addresseeName", "People's Republic of China");
        request.put("askedOn", "2019-02-09");
        request.put("state", "sent");
        long id = editor.post("/api/v1/life-requests", request).json().get("id").asLong();

        HttpApi.Reply early = step(editor, id, "provenance", "First upload on CRI Turkish, 10 Feb 2019.");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("only an answer is assessed");

        request.put("state", "answered");
        request.put("answeredOn", "2019-02-10");
        request.put("answerKind", "video");
        request.put("answerSourceId", video);
        request.put("version", 1);
        assertThat(editor.put("/api/v1/life-requests/" + id, request).status()).isEqualTo(200);

        Map<String, Object> conclusion = Map.of(
                "type",
                "alive",
                "credibility",
                5,
                "assessment",
                "not_credible",
                "note",
                "Scripted speech; cut at 0:14.");
        HttpApi.Reply tooSoon = editor.post("/api/v1/life-requests/" + id + "/assessment/conclusion", conclusion);
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.body()).contains("every step of the checklist");

        assertThat(step(editor, id, "provenance", "First upload on CRI Turkish, 10 Feb 2019.")
                        .status())
                .isEqualTo(201);
        assertThat(step(editor, id, "source_analysis", "State media, party to the conflict.")
                        .status())
                .isEqualTo(201);
        assertThat(step(editor, id, "technical_analysis", "Re-encoded; no original file.")
                        .status())
                .isEqualTo(201);
        HttpApi.Reply unknownFile = editor.post(
                "/api/v1/life-requests/" + id + "/assessment/steps",
                Map.of("step", "content_analysis", "finding", "Scripted.", "evidenceSha256", "0".repeat(64)));
        assertThat(unknownFile.status()).isEqualTo(400);
        assertThat(step(editor, id, "content_analysis", "Scripted speech, unnatural pauses.")
                        .status())
                .isEqualTo(201);

        HttpApi.Reply concluded = editor.post("/api/v1/life-requests/" + id + "/assessment/conclusion", conclusion);
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(201);
        long claimId = concluded.json().get("claimId").asLong();
        JsonNode claim = editor.get("/api/v1/claims/" + claimId).json();
        assertThat(claim.get("type").asString()).isEqualTo("alive");
        assertThat(claim.get("credibility").asInt()).isEqualTo(5);
        assertThat(claim.get("sourceId").asLong()).isEqualTo(video);
        assertThat(claim.get("details").asString()).contains("Scripted speech");
        assertThat(concluded.json().get("request").get("state").asString()).isEqualTo("assessed");
        assertThat(concluded.json().get("request").get("assessment").asString()).isEqualTo("not_credible");
        // Judged improbable, the state's video does not count (R2): the credible death report decides (R4).
        assertThat(editor.get("/api/v1/persons/" + person)
                        .json()
                        .get("status")
                        .get("value")
                        .asString())
                .isEqualTo("deceased");

        JsonNode findings =
                editor.get("/api/v1/life-requests/" + id + "/assessment").json();
        assertThat(findings.size()).isEqualTo(5);
        assertThat(findings.get(4).get("step").asString()).isEqualTo("conclusion");
        ledger.sequencePending();
        assertThat(ledger.leafFor(
                        LifeAssessments.ENTRY_TYPE, findings.get(0).get("id").asLong()))
                .isPresent();
        assertThat(editor.post(
                                "/api/v1/life-requests/" + id + "/assessment/steps",
                                Map.of("step", "conclusion", "finding", "x"))
                        .status())
                .isEqualTo(400);
    }

    private static HttpApi.Reply step(HttpApi api, long id, String step, String finding) {
        return api.post("/api/v1/life-requests/" + id + "/assessment/steps", Map.of("step", step, "finding", finding));
    }

    private static long source(HttpApi api, String kind, String party) {
        return api.post(
                        "/api/v1/sources",
                        Map.of(
                                "kind",
                                kind,
                                "title",
                                "Source " + UUID.randomUUID(),
                                "party",
                                party,
                                "reliability",
                                "C"))
                .json()
                .get("id")
                .asLong();
    }
}
