package org.casebook.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The public GeoJSON export imported again gives the same facilities; a bad file saves nothing and says why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FacilityGeoJsonTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

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
