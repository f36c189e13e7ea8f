package org.casebook.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.casebook.HttpApi;
import org.casebook.OtherCasebook;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The public GeoJSON export imported again gives the same facilities; a bad file saves nothing and says why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FacilityGeoJsonTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anExportImportedAgainGivesTheSameFacilities() {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String exported = new HttpApi(port).get("/facilities.geojson").body();
        JsonNode original = HttpApi.JSON.readTree(exported);
        int count = original.get("features").size();
        assertThat(count).isGreaterThanOrEqualTo(5);

        HttpApi.Reply dryRun =
                editor.postBytes("/api/v1/facilities/import", "application/geo+json", exported.getBytes());
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().get("problems").size()).isZero();
        assertThat(dryRun.json().get("saved").asBoolean()).isFalse();

        HttpApi.Reply done =
                editor.postBytes("/api/v1/facilities/import?confirm=true", "application/geo+json", exported.getBytes());
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        JsonNode created = done.json().get("created");
        assertThat(created.size()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
            JsonNode before = original.get("features").get(i);
            JsonNode after = editor.get("/api/v1/facilities/" + created.get(i).asString())
                    .json();
            JsonNode p = before.get("properties");
            assertThat(after.get("names")).isEqualTo(p.get("names"));
            assertThat(after.get("kind").asString()).isEqualTo(p.get("kind").asString());
            assertThat(after.get("longitude").asDouble())
                    .isEqualTo(before.get("geometry").get("coordinates").get(0).asDouble());
            assertThat(after.get("latitude").asDouble())
                    .isEqualTo(before.get("geometry").get("coordinates").get(1).asDouble());
            assertThat(after.get("pointPrecisionM")).isEqualTo(p.get("pointPrecisionM"));
            assertThat(after.get("tier")).isEqualTo(p.get("tier"));
            assertThat(after.get("tierSourceId")).isEqualTo(p.get("tierSourceId"));
            assertThat(after.get("synthetic").asBoolean())
                    .isEqualTo(p.get("synthetic").asBoolean());
            if (p.has("outline")) {
                assertThat(HttpApi.JSON.readTree(after.get("outline").asString()))
                        .isEqualTo(p.get("outline"));
                assertThat(after.get("outlinePrecisionM")).isEqualTo(p.get("outlinePrecisionM"));
            }
            assertThat(after.get("placeId").isNull())
                    .isEqualTo(p.get("prefecture").isNull());
        }
    }

    /**
     * Into an empty database: the places are set up first (a Casebook's places come before its facilities), then the
     * public GeoJSON gives the same facilities, each tier resting on the same source, made once however many tiers
     * rest on it.
     */
    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesTheSameFacilitiesAndTierSources() {
        String exported = new HttpApi(port).get("/facilities.geojson").body();
        JsonNode original = HttpApi.JSON.readTree(exported);
        List<JsonNode> features = original.get("features").valueStream().toList();
        assertThat(features).anyMatch(f -> f.get("properties").get("tierSource").isObject());
        try (ConfigurableApplicationContext empty = OtherCasebook.start(jdbc, dataSource, "geojson_empty_", false)) {
            HttpApi editor = new HttpApi(
                    OtherCasebook.port(empty),
                    TestAccounts.create(empty.getBean(AccountService.class), Role.editor)
                            .token());
            long region = created(editor, "/api/v1/places", place("Xinjiang", "region", null));
            features.stream()
                    .map(f -> f.get("properties").get("prefecture"))
                    .filter(JsonNode::isString)
                    .map(JsonNode::asString)
                    .distinct()
                    .forEach(name -> created(editor, "/api/v1/places", place(name, "prefecture", region)));

            HttpApi.Reply dryRun =
                    editor.postBytes("/api/v1/facilities/import", "application/geo+json", exported.getBytes());
            assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
            assertThat(dryRun.json().get("problems").size()).as(dryRun.body()).isZero();
            assertThat(editor.get("/api/v1/sources").json().get("total").asInt())
                    .as("a dry run makes no source")
                    .isZero();

            HttpApi.Reply done = editor.postBytes(
                    "/api/v1/facilities/import?confirm=true", "application/geo+json", exported.getBytes());
            assertThat(done.status()).as(done.body()).isEqualTo(201);
            JsonNode created = done.json().get("created");
            assertThat(created.size()).isEqualTo(features.size());
            Set<String> tierSources = new HashSet<>();
            for (int i = 0; i < features.size(); i++) {
                JsonNode p = features.get(i).get("properties");
                JsonNode after = editor.get(
                                "/api/v1/facilities/" + created.get(i).asString())
                        .json();
                assertThat(after.get("names")).isEqualTo(p.get("names"));
                assertThat(after.get("kind").asString()).isEqualTo(p.get("kind").asString());
                assertThat(after.get("latitude").asDouble())
                        .isEqualTo(features.get(i)
                                .get("geometry")
                                .get("coordinates")
                                .get(1)
                                .asDouble());
                assertThat(after.get("tier")).isEqualTo(p.get("tier"));
                assertThat(after.get("placeId").isNull())
                        .isEqualTo(p.get("prefecture").isNull());
                if (p.get("tierSource").isObject()) {
                    JsonNode source = editor.get("/api/v1/sources/"
                                    + after.get("tierSourceId").asLong())
                            .json();
                    assertThat(source.get("title"))
                            .isEqualTo(p.get("tierSource").get("title"));
                    assertThat(source.get("kind")).isEqualTo(p.get("tierSource").get("kind"));
                    assertThat(source.get("reliability"))
                            .isEqualTo(p.get("tierSource").get("reliability"));
                    tierSources.add(p.get("tierSource").toString());
                }
            }
            assertThat(editor.get("/api/v1/sources").json().get("total").asInt())
                    .as("each tier source made once")
                    .isEqualTo(tierSources.size());
        }
    }

    private static Map<String, Object> place(String name, String level, Long parent) {
        Map<String, Object> place = new HashMap<>();
        place.put("name", name);
        place.put("level", level);
        place.put("parentId", parent);
        return place;
    }

    private static long created(HttpApi api, String path, Map<String, Object> body) {
        HttpApi.Reply reply = api.post(path, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    @Test
    void everyBadFeatureIsNamedAndNothingIsSaved() {
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        int before = contributor.get("/api/v1/facilities").json().size();
        String collection = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"good","geometry":{"type":"Point","coordinates":[80.1,41.1]},
                  "properties":{"name":"A good one","kind":"prison"}},
                 {"type":"Feature","id":"far","geometry":{"type":"Point","coordinates":[80.1,141.1]},
                  "properties":{"name":"Too far north","kind":"prison"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[80.1,41.1]},
                  "properties":{"name":"Unknown kind","kind":"nursing_home","prefecture":"Atlantis"}},
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[80.1,41.1],[80.2,41.2]]},
                  "properties":{"names":[{"name":"No point","lang":"en"}],"kind":"other"}}]}""";
        HttpApi.Reply dryRun =
                contributor.postBytes("/api/v1/facilities/import", "application/json", collection.getBytes());
        assertThat(dryRun.status()).isEqualTo(200);
        Map<Integer, String> byFeature = new HashMap<>();
        for (JsonNode p : dryRun.json().get("problems")) {
            byFeature.merge(p.get("feature").asInt(), p.get("field").asString(), (a, b) -> a + "," + b);
        }
        assertThat(byFeature)
                .containsEntry(1, "latitude")
                .containsEntry(2, "prefecture")
                .containsEntry(3, "geometry");
        assertThat(byFeature).doesNotContainKey(0);

        HttpApi.Reply refused = contributor.postBytes(
                "/api/v1/facilities/import?confirm=true", "application/json", collection.getBytes());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("features[1].latitude", "features[3].geometry");
        assertThat(contributor
                        .postBytes("/api/v1/facilities/import", "application/json", "{\"type\":\"Feature\"}".getBytes())
                        .status())
                .isEqualTo(400);
        assertThat(contributor
                        .postBytes("/api/v1/facilities/import", "application/json", new byte[] {(byte) 0xff, 0, 1})
                        .status())
                .isEqualTo(400);
        assertThat(contributor.get("/api/v1/facilities").json().size()).isEqualTo(before);
    }
}
