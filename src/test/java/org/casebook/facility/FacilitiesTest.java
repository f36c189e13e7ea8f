package org.casebook.facility;

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

/** Facilities through the API and the pages: checks, status from both sides, held-at links, what the public sees. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FacilitiesTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private static Map<String, Object> facility(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("names", List.of(Map.of("name", name), Map.of("name", "测试设施" + name.hashCode())));
        body.put("kind", "detention_centre");
        body.put("latitude", 39.55);
        body.put("longitude", 76.05);
        body.put("pointPrecisionM", 50);
        body.put(
                "outline",
                "{\"type\":\"Polygon\",\"coordinates\":[[[76.0,39.5],[76.1,39.5],[76.1,39.6],[76.0,39.6],[76.0,39.5]]]}");
        return body;
    }

    private static long source(HttpApi api, String kind, String party) {
        HttpApi.Reply created = api.post(
                "/api/v1/sources",
                Map.of("kind", kind, "title", "Source " + UUID.randomUUID(), "party", party, "reliability", "B"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static long claim(HttpApi api, String facility, String type, String date, long source, String party) {
        Map<String, Object> body = new HashMap<>();
        body.put("facilityId", facility);
        body.put("type", type);
        body.put("datePrecision", "month");
        body.put("date", date);
        body.put("sourceId", source);
        body.put("asserter", "Asserter " + party);
        body.put("asserterParty", party);
        body.put("stance", "asserts");
        body.put("credibility", 2);
        HttpApi.Reply created = api.post("/api/v1/claims", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private int count(HttpApi api) {
        return api.get("/api/v1/facilities").json().size();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        HttpApi api = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        int before = count(api);
        Map<String, Object> outOfRange = facility("Range " + UUID.randomUUID());
        outOfRange.put("latitude", 123.0);
        Map<String, Object> badKind = facility("Kind " + UUID.randomUUID());
        badKind.put("kind", "school");
        Map<String, Object> longName = facility("x".repeat(301));
        Map<String, Object> bowtie = facility("Bowtie " + UUID.randomUUID());
        bowtie.put(
                "outline",
                "{\"type\":\"Polygon\",\"coordinates\":[[[76.0,39.5],[76.1,39.6],[76.1,39.5],[76.0,39.6],[76.0,39.5]]]}");
        Map<String, Object> outside = facility("Outside " + UUID.randomUUID());
        outside.put("latitude", 40.5);
        Map<String, Object> nul = facility("Nul\u0000 " + UUID.randomUUID());
        for (Map.Entry<String, Map<String, Object>> bad : Map.of(
                        "latitude", outOfRange,
                        "kind", badKind,
                        "names[0].name", longName,
                        "outline", bowtie,
                        "names", nul)
                .entrySet()) {
            HttpApi.Reply refused = api.post("/api/v1/facilities", bad.getValue());
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(refused.body()).contains("\"" + bad.getKey());
        }
        HttpApi.Reply outsideRefused = api.post("/api/v1/facilities", outside);
        assertThat(outsideRefused.body()).contains("the point must lie inside the outline");
        assertThat(api.get("/api/v1/facilities?bbox=1,2,3").status()).isEqualTo(400);
        assertThat(count(api)).isEqualTo(before);
    }

    @Test
    void theStatusIsContestedWhileBothSidesStandAndTheHistoryKeepsEveryChange() {
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        HttpApi.Reply created = contributor.post("/api/v1/facilities", facility("Camp " + UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("publicId").asString();
        assertThat(id).matches("CBF-\\d{4,}");
        assertThat(created.json().get("status").asString()).isEqualTo("unconfirmed");

        long imagery = source(contributor, "satellite_imagery", "researcher");
        long stateMedia = source(contributor, "state_media", "state_media");
        claim(contributor, id, "facility_security", "2018-06", imagery, "researcher");
        assertThat(contributor
                        .get("/api/v1/facilities/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("active");
        long school = claim(contributor, id, "facility_school", "2019-01", stateMedia, "state_media");
        JsonNode contested = contributor.get("/api/v1/facilities/" + id).json();
        assertThat(contested.get("status").asString()).isEqualTo("contested");
        assertThat(contested.get("statusExplanation").asString())
                .startsWith("F3")
                .contains("Asserter state_media");

        assertThat(editor.post("/api/v1/claims/" + school + "/retract", Map.of("version", 1, "reason", "test"))
                        .status())
                .isEqualTo(200);
        assertThat(contributor
                        .get("/api/v1/facilities/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("active");

        // A facility claim names its facility and no person.
        Map<String, Object> noFacility = new HashMap<>(Map.of(
                "type",
                "facility_detention",
                "sourceId",
                imagery,
                "asserter",
                "x",
                "asserterParty",
                "researcher",
                "stance",
                "asserts"));
        assertThat(contributor.post("/api/v1/claims", noFacility).body()).contains("facilityId");

        Map<String, Object> change = facility("Renamed " + UUID.randomUUID());
        change.put("version", 1);
        change.put("reason", "a better name");
        assertThat(contributor.put("/api/v1/facilities/" + id, change).status()).isEqualTo(200);
        JsonNode history =
                contributor.get("/api/v1/facilities/" + id + "/history").json();
        assertThat(history.size()).isEqualTo(2);
    }

    @Test
    void theDemoFacilitiesAreOnThePublicMapWithTheContestedOneShownAsSuch() {
        HttpApi anyone = new HttpApi(port);
        JsonNode all = anyone.get("/api/public/v1/facilities").json();
        assertThat(all.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(all.get("features").size()).isGreaterThanOrEqualTo(5);
        JsonNode contested =
                anyone.get("/api/public/v1/facilities?status=contested").json();
        assertThat(contested.get("features").size()).isEqualTo(1);
        JsonNode camp = contested.get("features").get(0);
        assertThat(camp.get("properties").get("name").asString()).isEqualTo("Synthetic Yengi Bagh Training Centre");
        assertThat(camp.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(76.05);
        assertThat(camp.get("properties").get("outline").get("type").asString()).isEqualTo("Polygon");
        HttpApi.Reply packed = anyone.get("/api/public/v1/facilities?status=contested", "Accept-Encoding", "gzip");
        assertThat(packed.headers().firstValue("Content-Encoding")).contains("gzip");
        String etag = packed.headers().firstValue("ETag").orElseThrow();
        assertThat(anyone.get("/api/public/v1/facilities?status=contested", "If-None-Match", etag)
                        .status())
                .isEqualTo(304);
        assertThat(anyone.get("/api/public/v1/facilities?kind=school").status()).isEqualTo(400);
        assertThat(anyone.get("/api/public/v1/facilities?tier=9").status()).isEqualTo(400);

        assertThat(anyone.get("/facilities").body())
                .contains("Synthetic Oasis Compound", "facility-map.js")
                .doesNotContain("data-outline");
        // No outline is installed in the tests (its data is to come from an open source, into shared/).
        assertThat(anyone.get("/facilities/outline.geojson").status()).isEqualTo(404);
        String page = anyone.get("/facilities?status=contested&sort=name").body();
        assertThat(page).contains("Synthetic Yengi Bagh Training Centre").doesNotContain("Synthetic Oasis Compound");
        String id = camp.get("id").asString();
        String facilityPage = anyone.get("/facilities/" + id).body();
        assertThat(facilityPage)
                .contains(
                        "Status: contested",
                        "This facility is a school or a vocational training centre.",
                        "Security features are seen here",
                        "英吉巴格职业技能教育培训中心");
        assertThat(anyone.get("/facilities/" + id + "?lang=zh").body()).contains("有争议");
        assertThat(anyone.get("/facilities.csv").body()).contains("Synthetic Qara Su Detention Centre");
    }

    @Test
    void aPersonHeldAtAFacilityIsLinkedOnBothPages() {
        HttpApi anyone = new HttpApi(port);
        JsonNode active =
                anyone.get("/api/public/v1/facilities?kind=detention_centre").json();
        String qaraSu = null;
        for (JsonNode f : active.get("features")) {
            if (f.get("properties").get("name").asString().equals("Synthetic Qara Su Detention Centre")) {
                qaraSu = f.get("id").asString();
            }
        }
        assertThat(qaraSu).isNotNull();
        String page = anyone.get("/facilities/" + qaraSu).body();
        assertThat(page).contains("Persons said to be held here").contains("href=\"/persons/CB-");
        // The relative who says so is shown only as a relative, from an anonymous testimony.
        assertThat(page).contains("a relative (anonymous)").doesNotContain("Synthetic relative");
        String person =
                page.substring(page.indexOf("href=\"/persons/CB-") + 15, page.indexOf("href=\"/persons/CB-") + 24);
        assertThat(anyone.get("/persons/" + person).body()).contains("href=\"/facilities/" + qaraSu + "\"");

        String search = anyone.get("/search").body();
        assertThat(search).contains("Facility where held", "Synthetic Qara Su Detention Centre");
        String narrowed = anyone.get("/search?facility=" + HttpApi.encode("Synthetic Qara Su Detention Centre"))
                .body();
        assertThat(narrowed).contains("href=\"/persons/" + person + "\"").doesNotContain("href=\"/persons/CB-000001\"");

        WebSession web = TestAccounts.session(TestAccounts.create(accounts, Role.viewer), port);
        String internal = web.get("/app/facilities/" + qaraSu).body();
        assertThat(internal).contains("href=\"/app/persons/" + person);
        assertThat(web.get("/app/persons/" + person).body()).contains("href=\"/app/facilities/" + qaraSu + "\"");
        assertThat(web.get("/app/facilities").body()).contains("Synthetic Qara Su Detention Centre");
    }

    @Test
    void problemsOnTheFormsAreWordedInTheDocumentersLanguage() {
        WebSession web = TestAccounts.session(TestAccounts.create(accounts, Role.editor), port);
        WebSession.Page notACollection = web.post("/app/facilities/import?lang=ug", Map.of("geoJson", "{}"));
        assertThat(notACollection.status()).isEqualTo(400);
        assertThat(notACollection.body()).contains("features تىزىملىكى بار GeoJSON FeatureCollection بولۇشى كېرەك");
        WebSession.Page noVersion = web.post(
                "/app/facilities/CBF-0001/edit?lang=tr",
                Map.of("name0", "A camp", "kind", "prison", "latitude", "40", "longitude", "80"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body()).contains("gerekli: değişikliğin dayandığı sürüm");
        WebSession.Page badPoint = web.post(
                "/app/facilities/new?lang=ug",
                Map.of("name0", "A camp", "kind", "prison", "latitude", "95", "longitude", "80"));
        assertThat(badPoint.status()).isEqualTo(400);
        assertThat(badPoint.body()).contains("-90 دىن 90 كىچە سان بولۇشى كېرەك");
    }

    @Test
    void anUnpublishedFacilityAndInternalNotesNeverReachThePublicSide() {
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        String canary = "CANARY-" + UUID.randomUUID();
        Map<String, Object> body = facility("Hidden " + canary);
        body.put("notes", "internal " + canary);
        String id = contributor
                .post("/api/v1/facilities", body)
                .json()
                .get("publicId")
                .asString();
        HttpApi anyone = new HttpApi(port);
        assertThat(anyone.get("/api/public/v1/facilities").body()).doesNotContain(canary);
        assertThat(anyone.get("/facilities").body()).doesNotContain(canary);
        assertThat(anyone.get("/facilities/" + id).status()).isEqualTo(404);
        assertThat(anyone.get("/api/v1/facilities/" + id).status()).isEqualTo(401);
    }
}
