package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIntegrationTest {
    @Autowired
    AccountService testAccounts;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = TestAccounts.adminApi(testAccounts, port);
    }

    @Test
    void heyitIsContestedAndEachSideLinksToItsSource() {
        HttpApi.Reply reply = api.get("/api/v1/persons?q=Heyit");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().get("items");
        assertThat(items).hasSize(1);
        JsonNode status = items.get(0).get("status");
        assertThat(status.get("value").asString()).isEqualTo("contested");
        List<String> types = status.get("claims")
                .valueStream()
                .map(c -> c.get("type").asString())
                .toList();
        assertThat(types).contains("died", "alive");
        for (JsonNode claim : status.get("claims")) {
            String sourceLink = claim.get("links").get("source").asString();
            HttpApi.Reply source = api.get(sourceLink);
            assertThat(source.status()).isEqualTo(200);
            assertThat(source.json().get("title").asString())
                    .isEqualTo(claim.get("sourceTitle").asString());
        }
        JsonNode died = status.get("claims")
                .valueStream()
                .filter(c -> c.get("type").asString().equals("died"))
                .findFirst()
                .orElseThrow();
        assertThat(died.get("asserter").asString()).isEqualTo("Turkey");
        assertThat(died.get("asserterParty").asString()).isEqualTo("foreign_government");
    }

    @Test
    void findsPersonsByNameInAnyScriptAndFilters() {
        assertThat(api.get("/api/v1/persons?q=" + HttpApi.encode("مەمەت"))
                        .json()
                        .get("total")
                        .asLong())
                .isPositive();
        assertThat(api.get("/api/v1/persons?q=" + HttpApi.encode("Мәмәт"))
                        .json()
                        .get("total")
                        .asLong())
                .isPositive();
        assertThat(api.get("/api/v1/persons?q=" + HttpApi.encode("买买提"))
                        .json()
                        .get("total")
                        .asLong())
                .isPositive();
        assertThat(api.get("/api/v1/persons?q=" + HttpApi.encode("HEYİT"))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/persons?q=" + HttpApi.encode("Heyitzzz"))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/v1/persons?q=" + HttpApi.encode("100%_"))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/v1/persons?q=heyit").json().get("total").asLong())
                .isEqualTo(1);
        JsonNode contested =
                api.get("/api/v1/persons?status=contested&size=100").json();
        assertThat(contested
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("status").get("value").asString()))
                .isNotEmpty()
                .allMatch("contested"::equals);
        JsonNode women = api.get("/api/v1/persons?gender=female&size=100").json();
        assertThat(women.get("items").valueStream().map(p -> p.get("gender").asString()))
                .isNotEmpty()
                .allMatch("female"::equals);
        assertThat(api.get("/api/v1/persons?size=5&page=1").json().get("items")).hasSize(5);
    }

    @Test
    void editingAClaimKeepsThePreviousVersionRetrievable() {
        String personId = createPerson("Editable " + unique());
        long sourceId = createSource();
        JsonNode claim = api.post("/api/v1/claims", claimBody(personId, sourceId, "detained", "2018-03-01"))
                .json();
        long claimId = claim.get("id").asLong();

        Map<String, Object> edit = claimBody(personId, sourceId, "detained", "2018-04-15");
        edit.put("version", 1);
        edit.put("reason", "the relative corrected the date");
        HttpApi.Reply updated = api.put("/api/v1/claims/" + claimId, edit);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);

        JsonNode history = api.get("/api/v1/revisions/claim/" + claimId).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("reason").asString()).isEqualTo("the relative corrected the date");
        JsonNode first = api.get("/api/v1/revisions/claim/" + claimId + "/1").json();
        assertThat(first.get("content").asString()).contains("\"dateFrom\":\"2018-03-01\"");
        assertThat(api.get("/api/v1/revisions/claim/" + claimId + "/2")
                        .json()
                        .get("content")
                        .asString())
                .contains("\"dateFrom\":\"2018-04-15\"");

        HttpApi.Reply stale = api.put("/api/v1/claims/" + claimId, edit);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
    }

    @Test
    void statusIsRederivedOnEveryClaimChange() {
        String personId = createPerson("Rederived " + unique());
        long sourceId = createSource();
        api.post("/api/v1/claims", claimBody(personId, sourceId, "detained", "2018-03-01"));
        assertThat(status(personId)).isEqualTo("detained");
        JsonNode released = api.post("/api/v1/claims", claimBody(personId, sourceId, "released", "2020-01-10"))
                .json();
        assertThat(status(personId)).isEqualTo("released");
        HttpApi.Reply retracted = api.post(
                "/api/v1/claims/" + released.get("id").asLong() + "/retract",
                Map.of("version", 1, "reason", "mistaken identity"));
        assertThat(retracted.status()).isEqualTo(200);
        assertThat(status(personId)).isEqualTo("detained");

        HttpApi.Reply sourceRetracted =
                api.post("/api/v1/sources/" + sourceId + "/retract", Map.of("version", 1, "reason", "fabricated"));
        assertThat(sourceRetracted.status()).isEqualTo(200);
        assertThat(status(personId)).isEqualTo("unknown");
    }

    @Test
    void retractingKeepsTheRecordAndItsReason() {
        String personId = createPerson("Retracted " + unique());
        HttpApi.Reply missingReason = api.post("/api/v1/persons/" + personId + "/retract", Map.of("version", 1));
        assertThat(missingReason.status()).isEqualTo(400);
        assertThat(missingReason.json().get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        HttpApi.Reply retracted = api.post(
                "/api/v1/persons/" + personId + "/retract",
                Map.of("version", 1, "reason", "duplicate of another record"));
        assertThat(retracted.json().get("retracted").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/persons/" + personId)
                        .json()
                        .get("retractionReason")
                        .asString())
                .isEqualTo("duplicate of another record");
        JsonNode history = api.get("/api/v1/persons/" + personId + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("action").asString())).contains("create", "retract");
    }

    @Test
    void namesAreAddedWithTheirScriptDetected() {
        String personId = createPerson("Named " + unique());
        HttpApi.Reply added = api.post(
                "/api/v1/persons/" + personId + "/names",
                Map.of("text", "ئابدۇرېھىم", "kind", "alias", "language", "ug"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("script").asString()).isEqualTo("Arab");
        assertThat(api.get("/api/v1/persons/" + personId).json().get("names")).hasSize(2);
    }

    @Test
    void revisionsCannotBeChangedOrDeletedEvenInSql() {
        assertThatThrownBy(() ->
                        jdbc.sql("update revision set actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from revision").update()).hasMessageContaining("append-only");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/app/persons"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.body())
                .doesNotContain("<script>")
                .doesNotContain(" style=\"")
                .doesNotContain(" onclick=");
        // Swagger UI, third-party, needs inline styles; it gets them and nothing more.
        var swagger = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/swagger-ui/index.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self';");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        HttpApi.Reply doc = api.get("/api/v1/openapi");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("paths").propertyNames())
                .contains("/api/v1/persons", "/api/v1/claims", "/api/v1/sources", "/api/v1/places");
    }

    private String status(String personId) {
        return api.get("/api/v1/persons/" + personId)
                .json()
                .get("status")
                .get("value")
                .asString();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    String createPerson(String name) {
        HttpApi.Reply reply = api.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of("gender", "female", "names", List.of(Map.of("text", name, "kind", "primary"))));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("publicId").asString();
    }

    long createSource() {
        HttpApi.Reply reply = api.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "testimony",
                        "title",
                        "Test testimony " + unique(),
                        "party",
                        "family",
                        "reliability",
                        "C"));
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    static Map<String, Object> claimBody(String personId, long sourceId, String type, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", personId);
        body.put("type", type);
        body.put("datePrecision", "day");
        body.put("date", date);
        body.put("sourceId", sourceId);
        body.put("asserter", "A relative");
        body.put("asserterParty", "family");
        body.put("stance", "asserts");
        body.put("credibility", 6);
        return body;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
