package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuplicatesIntegrationTest {
    @Autowired
    AccountService testAccounts;

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    Verification verification;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = TestAccounts.adminApi(testAccounts, port);
    }

    private String person(String name, int born, String hometownName) {
        long hometown = api.get("/api/v1/places?size=100")
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("name").asString().equals(hometownName))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        HttpApi.Reply reply = api.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "male",
                        "birthYearFrom",
                        born,
                        "birthYearTo",
                        born,
                        "hometownPlaceId",
                        hometown,
                        "names",
                        List.of(Map.of("text", name, "kind", "primary"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("publicId").asString();
    }

    private void claim(String personId, String type, String date) {
        long source = api.post(
                        "/api/v1/sources",
                        Map.of("kind", "testimony", "title", "Dup test " + System.nanoTime(), "party", "family"))
                .json()
                .get("id")
                .asLong();
        assertThat(api.post(
                                "/api/v1/claims",
                                Map.of(
                                        "personId",
                                        personId,
                                        "type",
                                        type,
                                        "datePrecision",
                                        "year",
                                        "date",
                                        date,
                                        "sourceId",
                                        source,
                                        "asserter",
                                        "A relative",
                                        "asserterParty",
                                        "family",
                                        "stance",
                                        "asserts"))
                        .status())
                .isEqualTo(201);
    }

    private String status(String id) {
        return api.get("/api/v1/persons/" + id)
                .json()
                .get("status")
                .get("value")
                .asString();
    }

    @Test
    void aCrossScriptDuplicateIsQueuedWithReasonsMergedAndUnmergedLosingNothing() {
        String latin = person("Abdusattar Ghopurjan Yalqun", 1961, "Aksu");
        String arabic = person("ئابدۇسەتتار غوپۇرجان يالقۇن", 1961, "Aksu");
        claim(latin, "detained", "2017");
        claim(arabic, "released", "2020");

        long open =
                api.post("/api/v1/duplicates/scan", Map.of()).json().get("open").asLong();
        assertThat(open).isPositive();
        JsonNode entry = api.get("/api/v1/duplicates?limit=500")
                .json()
                .valueStream()
                .filter(e -> List.of(
                                e.get("personA").asString(), e.get("personB").asString())
                        .containsAll(List.of(latin, arabic)))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("band").asString()).isEqualTo("likely_same");
        assertThat(entry.get("reasons").valueStream().map(JsonNode::asString))
                .anyMatch(r -> r.contains("born 1961 vs 1961"));

        assertThat(api.post("/api/v1/duplicates/" + entry.get("id").asLong() + "/merge", Map.of())
                        .status())
                .isEqualTo(200);
        String kept = entry.get("personA").asString();
        String merged = entry.get("personB").asString();
        assertThat(status(kept)).isEqualTo("released");
        assertThat(api.get("/api/v1/persons/" + merged).json().get("mergedInto").asString())
                .isEqualTo(kept);
        // A claim added to the merged record later still counts for the person it was merged into.
        claim(merged, "no_contact", "2022");
        assertThat(status(kept)).isEqualTo("missing");
        assertThat(api.get("/api/v1/persons?q=" + HttpApi.encode("Abdusattar Ghopurjan"))
                        .json()
                        .get("items")
                        .valueStream()
                        .map(p -> p.get("publicId").asString())
                        .toList())
                .contains(kept)
                .doesNotContain(merged);
        assertThat(api.get("/api/v1/search?q=" + HttpApi.encode("ئابدۇسەتتار غوپۇرجان"))
                        .json()
                        .get("hits")
                        .get(0)
                        .get("publicId")
                        .asString())
                .isEqualTo(kept);

        assertThat(api.post("/api/v1/persons/" + merged + "/unmerge", Map.of()).status())
                .isEqualTo(200);
        assertThat(kept).as("the queue keeps the older record").isEqualTo(latin);
        assertThat(status(latin)).isEqualTo("detained");
        assertThat(status(merged)).isEqualTo("missing");
        assertThat(api.get("/api/v1/persons/" + merged).json().get("mergedInto").isNull())
                .isTrue();
        JsonNode history = api.get("/api/v1/persons/" + merged + "/history").json();
        assertThat(history.valueStream().map(r -> r.get("reason").asString("")))
                .anyMatch(r -> r.startsWith("duplicate of "))
                .anyMatch(r -> r.equals("merge undone"));
        ledger.sequencePending();
        assertThat(verification.run(p -> {}).problems()).isEmpty();
    }

    @Test
    void possibleMatchesAreShownBeforeCreatingAndNothingIsSavedUntilConfirmed() {
        String existing = person("Nizamidin Tashpolat Qeyser", 1955, "Hotan");
        HttpApi.Reply reply = api.get("/api/v1/persons/matches?name=" + HttpApi.encode("Nizamidin Tashpolat Keyser")
                + "&birthYearFrom=1955&gender=male");
        JsonNode matches = reply.json();
        assertThat(matches.get(0).get("publicId").asString()).isEqualTo(existing);

        long before = api.get("/api/v1/persons?size=1").json().get("total").asLong();
        String form = "gender=male&birthYearFrom=1955&birthYearTo=1955&names%5B0%5D.kind=primary&names%5B0%5D.text="
                + HttpApi.encode("Низамидин Ташполат Қейсер");
        WebSession web = TestAccounts.session(testAccounts, Role.admin, port);
        WebSession.Page shown = web.postForm("/app/persons/new", form);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .contains("This person may already be documented")
                .contains(existing);
        assertThat(api.get("/api/v1/persons?size=1").json().get("total").asLong())
                .isEqualTo(before);

        WebSession.Page created = web.exactly("POST", "/app/persons/new", form + "&confirmedNew=true");
        assertThat(created.status()).isEqualTo(302);
        assertThat(api.get("/api/v1/persons?size=1").json().get("total").asLong())
                .isEqualTo(before + 1);

        // The API asks the same question before saving: 409 with the matches, then created once confirmed.
        Map<String, Object> body = Map.of(
                "gender",
                "male",
                "birthYearFrom",
                1955,
                "birthYearTo",
                1955,
                "names",
                List.of(Map.of("text", "نىزامىدىن تاشپولات قەيسەر", "kind", "primary")));
        HttpApi.Reply conflict = api.post("/api/v1/persons", body);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json()
                        .get("possibleMatches")
                        .valueStream()
                        .map(m -> m.get("publicId").asString()))
                .contains(existing);
        assertThat(api.get("/api/v1/persons?size=1").json().get("total").asLong())
                .isEqualTo(before + 1);
        assertThat(api.post("/api/v1/persons?confirmedNew=true", body).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/persons?size=1").json().get("total").asLong())
                .isEqualTo(before + 2);
    }

    private long internalId(String publicId) {
        return api.get("/api/v1/persons/" + publicId + "/history")
                .json()
                .valueStream()
                .filter(r -> r.get("recordType").asString().equals("person"))
                .findFirst()
                .orElseThrow()
                .get("recordId")
                .asLong();
    }

    @Test
    void aNationalIdNumberPairsRecordsWhoseNamesShareNothingAndIsNeverShownWithThem() {
        String number = "653101197001010014";
        String fromList = person("Zulpiqar Merdan", 1970, "Hotan");
        String fromReport = person("Ablikim Nurmemet Hapiz", 1970, "Hotan");
        assertThat(api.put(
                                "/api/v1/secrets/person/" + internalId(fromList),
                                Map.of("national_id", "653101 19700101 0014"))
                        .status())
                .isEqualTo(200);
        HttpApi.Reply mistyped = api.put(
                "/api/v1/secrets/person/" + internalId(fromReport), Map.of("national_id", "653101197001010015"));
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.body()).contains("does not fit").doesNotContain("653101197001010015");
        assertThat(api.put("/api/v1/secrets/person/" + internalId(fromReport), Map.of("national_id", number))
                        .status())
                .isEqualTo(200);

        api.post("/api/v1/duplicates/scan", Map.of());
        JsonNode entry = api.get("/api/v1/duplicates?limit=500")
                .json()
                .valueStream()
                .filter(e -> List.of(
                                e.get("personA").asString(), e.get("personB").asString())
                        .containsAll(List.of(fromList, fromReport)))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("reasons").valueStream().map(JsonNode::asString))
                .anyMatch(r -> r.startsWith("same national ID number"));
        assertThat(entry.toString()).doesNotContain(number);

        JsonNode byNumber = api.post(
                        "/api/v1/persons/matches", Map.of("names", List.of("Merdan Zulpiqar"), "nationalId", number))
                .json();
        assertThat(byNumber.valueStream().map(m -> m.get("publicId").asString()))
                .contains(fromList, fromReport);
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(testAccounts, Role.contributor).token());
        assertThat(contributor
                        .post("/api/v1/persons/matches", Map.of("names", List.of("Merdan"), "nationalId", number))
                        .status())
                .isEqualTo(403);

        for (String id : List.of(fromList, fromReport)) {
            assertThat(api.get("/api/v1/persons/" + id).body())
                    .doesNotContain(number)
                    .doesNotContain("national");
            assertThat(api.get("/api/v1/persons/" + id + "/history").body()).doesNotContain(number);
        }
        assertThat(api.get("/api/v1/secrets/person/" + internalId(fromReport))
                        .json()
                        .get("national_id")
                        .asString())
                .isEqualTo(number);

        // The form asks for the number when a person is added, and an editor sees who already holds it.
        String form = "gender=male&names%5B0%5D.kind=primary&names%5B0%5D.text=" + HttpApi.encode("Tursun Qadir");
        WebSession web = TestAccounts.session(testAccounts, Role.admin, port);
        WebSession.Page refused = web.postForm("/app/persons/new", form + "&nationalId=653101197001010015");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("does not fit");
        WebSession.Page shown = web.postForm("/app/persons/new", form + "&nationalId=" + number);
        assertThat(shown.body())
                .contains("This person may already be documented")
                .contains(fromList)
                .contains(fromReport)
                .contains("same national ID number");
        WebSession.Page created =
                web.exactly("POST", "/app/persons/new", form + "&nationalId=" + number + "&confirmedNew=true");
        assertThat(created.status()).isEqualTo(302);
        String createdId =
                created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(api.get("/api/v1/secrets/person/" + internalId(createdId))
                        .json()
                        .get("national_id")
                        .asString())
                .isEqualTo(number);
        assertThat(web.get("/app/persons/" + createdId).body()).doesNotContain(number);
    }

    /** The API adds a person with a national ID number in one step, sealed like the form's; it never comes back. */
    @Test
    void theApiTakesANationalIdNumberWhenAddingAPersonAndSealsIt() {
        String number = "11010519491231002X";
        Map<String, Object> person = Map.of(
                "gender",
                "female",
                "names",
                List.of(Map.of("text", "Mihrigul Tursunjan", "kind", "primary")),
                "nationalId",
                number);
        HttpApi.Reply mistyped = api.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "female",
                        "names",
                        List.of(Map.of("text", "Mihrigul Tursunjan", "kind", "primary")),
                        "nationalId",
                        "110105194912310021"));
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.json().get("errors").get(0).get("field").asString()).isEqualTo("nationalId");
        assertThat(mistyped.body()).doesNotContain("110105194912310021");

        HttpApi.Reply created = api.post("/api/v1/persons?confirmedNew=true", person);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(number).doesNotContain("nationalId");
        String publicId = created.json().get("publicId").asString();
        assertThat(api.get("/api/v1/secrets/person/" + internalId(publicId))
                        .json()
                        .get("national_id")
                        .asString())
                .isEqualTo(number);
        assertThat(api.get("/api/v1/persons/" + publicId + "/history").body()).doesNotContain(number);

        // Asked again with the same number, the API names the record that holds it instead of adding another.
        HttpApi.Reply again = api.post(
                "/api/v1/persons",
                Map.of(
                        "gender",
                        "female",
                        "names",
                        List.of(Map.of("text", "Gulnar Ablimit", "kind", "primary")),
                        "nationalId",
                        number));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains(publicId).doesNotContain(number);

        int version =
                api.get("/api/v1/persons/" + publicId).json().get("version").asInt();
        HttpApi.Reply changed = api.put(
                "/api/v1/persons/" + publicId,
                Map.of("gender", "female", "version", version, "nationalId", "653101197001010014"));
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.body()).contains("secret field");
    }
}
