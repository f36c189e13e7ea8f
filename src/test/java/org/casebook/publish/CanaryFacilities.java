package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebook.HttpApi;

/**
 * Facilities with a canary wherever the public must not look: a published facility's internal notes and tier note, an
 * internal facility's name, a published facility claim's internal notes, and an internal claim's quote.
 *
 * @return the published facility's public id, for the crawl to start from
 */
final class CanaryFacilities {
    private CanaryFacilities() {}

    static String plant(HttpApi editor, UnaryOperator<String> canary) {
        HttpApi.Reply source = editor.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "satellite_imagery",
                        "title",
                        "Canary imagery",
                        "party",
                        "researcher",
                        "reliability",
                        "B"));
        long sourceId = source.json().get("id").asLong();
        assertThat(editor.put(
                                "/api/v1/sources/" + sourceId + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);

        Map<String, Object> shown = facility("Canary-watched camp");
        shown.put("notes", canary.apply("facilityNotes"));
        shown.put("tier", 2);
        shown.put("tierSourceId", sourceId);
        shown.put("tierNote", canary.apply("facilityTierNote"));
        HttpApi.Reply created = editor.post("/api/v1/facilities", shown);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("publicId").asString();
        assertThat(editor.put("/api/v1/facilities/" + id + "/publication", Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
        assertThat(editor.post("/api/v1/facilities", facility(canary.apply("facilityInternalName")))
                        .status())
                .isEqualTo(201);

        Map<String, Object> claim = new HashMap<>();
        claim.put("facilityId", id);
        claim.put("type", "facility_security");
        claim.put("sourceId", sourceId);
        claim.put("asserter", "Imagery analysts");
        claim.put("asserterParty", "researcher");
        claim.put("stance", "asserts");
        claim.put("notes", canary.apply("facilityClaimNotes"));
        HttpApi.Reply made = editor.post("/api/v1/claims", claim);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(editor.put(
                                "/api/v1/claims/" + made.json().get("id").asLong() + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
        claim.remove("notes");
        claim.put("type", "facility_school");
        claim.put("quote", canary.apply("facilityInternalQuote"));
        assertThat(editor.post("/api/v1/claims", claim).status()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> facility(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("names", List.of(Map.of("name", name, "lang", "en")));
        body.put("kind", "reeducation_camp");
        body.put("latitude", 40.1);
        body.put("longitude", 80.2);
        return body;
    }
}
