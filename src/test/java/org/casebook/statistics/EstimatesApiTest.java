package org.casebook.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.ledger.Ledger;
import org.casebook.person.PersonMerges;
import org.casebook.person.PersonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/estimates with a table and with lists of the record's own sources; saved estimates in the ledger. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EstimatesApiTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonService persons;

    @Autowired
    PersonMerges merges;

    @Autowired
    Ledger ledger;

    @Test
    void aPublishedTableGivesThePublishedEstimateAndBadTablesAClearProblem() throws Exception {
        HttpApi api = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        String uk = Files.readString(Path.of("../shared/testdata/mse/uk_2013_6list.csv"));

        HttpApi.Reply reply = api.post("/api/v1/estimates", Map.of("table", uk, "bootstrap", 0));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(Math.round(reply.json().get("total").asDouble() / 10) * 10).isEqualTo(12_350);
        assertThat(reply.json().get("observed").asLong()).isEqualTo(2_744);
        assertThat(reply.json().get("model").toString()).contains("PF:NCA");
        assertThat(reply.json().get("patterns").get("LA+NG").asLong()).isPositive();

        HttpApi.Reply csv =
                api.postBytes("/api/v1/estimates", "text/csv", "A,B,count\n1,0,70\n0,1,45\n1,1,30".getBytes());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.json().get("total").asDouble()).isEqualTo(250.0);
        assertThat(csv.json().get("interval").size()).isEqualTo(2);

        HttpApi.Reply negative = api.post("/api/v1/estimates", Map.of("table", "A,B,count\n1,0,-4\n0,1,3\n1,1,1"));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.json().get("detail").asString()).contains("negative");

        HttpApi.Reply none = api.post("/api/v1/estimates", Map.of("table", "A,B,count\n1,0,4\n0,1,3\n1,1,0"));
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("detail").asString()).startsWith("No model gives an estimate");

        assertThat(api.post("/api/v1/estimates", Map.of("table", uk, "bootstrap", 1_000_000))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/estimates", Map.of("table", uk, "criterion", "XYZ"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/estimates", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void listsOfSourcesCountEachPersonOnceAndAMergedRecordAsThePersonItJoined() {
        HttpApi api =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        long a = source(api);
        long b = source(api);
        long c = source(api);
        String p1 = person(api);
        String p2 = person(api);
        String p3 = person(api);
        String merged = person(api);
        claim(api, p1, a);
        claim(api, p1, b);
        claim(api, p2, a);
        claim(api, p3, b);
        claim(api, p3, c);
        claim(api, merged, c);
        long mergedId = persons.getByPublicId(merged).id();
        long p1Id = persons.getByPublicId(p1).id();
        CurrentUser.asSystem("test", () -> merges.merge(mergedId, p1Id, "test", "the same person"));

        Map<String, Object> body = new HashMap<>();
        body.put(
                "lists",
                List.of(
                        Map.of("name", "A", "selectors", List.of("source:" + a)),
                        Map.of("name", "B", "selectors", List.of("source:" + b)),
                        Map.of("name", "C", "selectors", List.of("source:" + c))));
        body.put("bootstrap", 0);
        body.put("saveAs", "Three test lists");
        HttpApi.Reply reply = api.post("/api/v1/estimates", body);

        // p1 (with the merged record's claim) is on A, B and C; p2 on A; p3 on B and C.
        JsonNode patterns = reply.json().get("patterns");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("observed").asLong()).isEqualTo(3);
        assertThat(patterns.get("A+B+C").asLong()).isEqualTo(1);
        assertThat(patterns.get("A").asLong()).isEqualTo(1);
        assertThat(patterns.get("B+C").asLong()).isEqualTo(1);
        assertThat(patterns.get("C").asLong()).isZero();

        long id = reply.json().get("id").asLong();
        JsonNode saved = api.get("/api/v1/estimates/" + id).json();
        assertThat(saved.get("title").asString()).isEqualTo("Three test lists");
        assertThat(saved.get("methodVersion").asString()).isEqualTo(EstimateJson.METHOD_VERSION);
        assertThat(saved.get("inputs").get("table").get("A+B+C").asLong()).isEqualTo(1);
        assertThat(saved.get("inputs")
                        .get("listDefinitions")
                        .get(0)
                        .get("selectors")
                        .get(0)
                        .asString())
                .isEqualTo("source:" + a);
        assertThat(saved.get("result").get("observed").asLong()).isEqualTo(3);
        ledger.sequencePending();
        Ledger.Leaf leaf = ledger.leafFor(SavedEstimates.ENTRY_TYPE, id).orElseThrow();
        assertThat(new String(ledger.entry(leaf).orElseThrow(), StandardCharsets.UTF_8))
                .contains("Three test lists", "\"A+B+C\":1", EstimateJson.METHOD_VERSION);

        HttpApi viewer =
                new HttpApi(port, TestAccounts.create(accounts, Role.viewer).token());
        assertThat(viewer.get("/api/v1/estimates/" + id).status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/estimates", body).status()).isEqualTo(403);
        assertThat(new HttpApi(port).get("/api/v1/estimates/" + id).status()).isEqualTo(401);
    }

    private static long source(HttpApi api) {
        HttpApi.Reply reply = api.post(
                "/api/v1/sources",
                Map.of("kind", "leak", "title", "List " + UUID.randomUUID(), "party", "unknown", "reliability", "C"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static String person(HttpApi api) {
        HttpApi.Reply reply = api.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "male",
                        "names",
                        List.of(Map.of("text", "Person " + UUID.randomUUID(), "kind", "primary"))));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("publicId").asString();
    }

    private static void claim(HttpApi api, String person, long source) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("type", "detained");
        body.put("datePrecision", "day");
        body.put("date", "2018-03-01");
        body.put("sourceId", source);
        body.put("asserter", "A list");
        body.put("asserterParty", "unknown");
        body.put("stance", "asserts");
        body.put("credibility", 3);
        assertThat(api.post("/api/v1/claims", body).status()).isEqualTo(201);
    }
}
