package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.casebook.HttpApi;
import org.casebook.OtherCasebook;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON export (persons in a Popolo-like shape, sources, facilities) into an empty database whose places
 * are set up first: its own published export then holds the same persons, names, claims, sources and facilities,
 * related the same way (compared by content, since ids are new).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishedJsonRoundTripTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void thePublishedExportImportedIntoAnEmptyRecordGivesTheSamePublishedRecord() {
        String first;
        try (ConfigurableApplicationContext demo = OtherCasebook.start(jdbc, dataSource, "published_demo_", true)) {
            first = new HttpApi(OtherCasebook.port(demo))
                    .get("/export/casebook-published.json")
                    .body();
        }
        JsonNode exported = HttpApi.JSON.readTree(first);
        try (ConfigurableApplicationContext empty = OtherCasebook.start(jdbc, dataSource, "published_empty_", false)) {
            int port = OtherCasebook.port(empty);
            HttpApi editor = new HttpApi(
                    port,
                    TestAccounts.create(empty.getBean(AccountService.class), Role.editor)
                            .token());
            HttpApi.Reply notAnExport = editor.postBytes(
                    "/api/v1/imports/casebook-published", "application/json", "{\"people\":[]}".getBytes());
            assertThat(notAnExport.status()).isEqualTo(400);
            HttpApi.Reply broken = editor.postBytes(
                    "/api/v1/imports/casebook-published",
                    "application/json",
                    first.substring(0, 2000).getBytes());
            assertThat(broken.status()).isEqualTo(400);
            assertThat(new HttpApi(port)
                            .get("/api/public/v1/persons")
                            .json()
                            .get("total")
                            .asInt())
                    .as("a refused file saves nothing")
                    .isZero();

            setUpPlaces(editor, exported);
            HttpApi.Reply imported =
                    editor.postBytes("/api/v1/imports/casebook-published", "application/json", first.getBytes());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("imported").get("persons").asInt())
                    .isEqualTo(exported.get("persons").size());
            assertThat(imported.json().get("placesLeftOut").asInt()).isZero();

            JsonNode second = HttpApi.JSON.readTree(
                    new HttpApi(port).get("/export/casebook-published.json").body());
            Map<String, List<String>> before = records(exported);
            assertThat(before.get("persons").toString()).contains("Abdurehim Heyit");
            assertThat(before.get("facilities")).isNotEmpty();
            assertThat(before.get("facility claims")).isNotEmpty();
            Map<String, List<String>> after = records(second);
            before.forEach(
                    (kind, lines) -> assertThat(after.get(kind)).as(kind).containsExactlyInAnyOrderElementsOf(lines));
        }
    }

    /** A Casebook's places come before its records: the hometowns and prefectures the export names. */
    private static void setUpPlaces(HttpApi editor, JsonNode exported) {
        Set<String> named = new LinkedHashSet<>();
        exported.get("persons").values().forEach(p -> {
            if (p.get("hometown").isString()) {
                named.add(p.get("hometown").asString());
            }
        });
        exported.get("facilities").get("features").values().forEach(f -> {
            if (f.get("properties").get("prefecture").isString()) {
                named.add(f.get("properties").get("prefecture").asString());
            }
        });
        long region = place(editor, "Xinjiang", "region", null);
        named.forEach(name -> place(editor, name, "prefecture", region));
    }

    private static long place(HttpApi editor, String name, String level, Long parent) {
        Map<String, Object> place = new HashMap<>();
        place.put("name", name);
        place.put("level", level);
        place.put("parentId", parent);
        HttpApi.Reply created = editor.post("/api/v1/places", place);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /**
     * Each kind of record as sorted lines of its content, relations by what they point to (a claim's source by its
     * title, its facility by its name), ids and addresses left out.
     */
    private static Map<String, List<String>> records(JsonNode export) {
        Map<String, String> sourceTitles = new HashMap<>();
        export.get("sources")
                .values()
                .forEach(s ->
                        sourceTitles.put(s.get("id").asString(), s.get("title").asString()));
        Map<String, String> facilityNames = new HashMap<>();
        List<String> facilities = new ArrayList<>();
        for (JsonNode f : export.get("facilities").get("features").values()) {
            facilityNames.put(
                    f.get("id").asString(), f.get("properties").get("name").asString());
            ObjectNode p = (ObjectNode) f.get("properties").deepCopy();
            p.remove(List.of("id", "url", "tierSourceId"));
            facilities.add(p + "|" + f.get("geometry"));
        }
        List<String> sources = new ArrayList<>();
        export.get("sources").values().forEach(s -> {
            ObjectNode copy = (ObjectNode) s.deepCopy();
            copy.remove("id");
            sources.add(copy.toString());
        });
        List<String> persons = new ArrayList<>();
        for (JsonNode p : export.get("persons").values()) {
            ObjectNode copy = (ObjectNode) p.deepCopy();
            copy.remove(List.of("id", "claims"));
            List<String> claims = new ArrayList<>();
            for (JsonNode c : p.get("claims").values()) {
                ObjectNode claim = (ObjectNode) c.deepCopy();
                claim.remove(List.of("id", "source_id", "facility_id"));
                claims.add(claim + "|" + sourceTitles.get(c.get("source_id").asString()) + "|"
                        + facilityNames.get(c.get("facility_id").asString(null)));
            }
            claims.sort(String::compareTo);
            persons.add(copy + "|" + claims);
        }
        List<String> facilityClaims = new ArrayList<>();
        for (JsonNode c : export.get("facility_claims").values()) {
            ObjectNode claim = (ObjectNode) c.deepCopy();
            claim.remove(List.of("id", "source_id", "facility_id"));
            facilityClaims.add(claim + "|" + sourceTitles.get(c.get("source_id").asString()) + "|"
                    + facilityNames.get(c.get("facility_id").asString()));
        }
        Map<String, List<String>> records = new TreeMap<>();
        records.put("facility claims", sorted(facilityClaims));
        records.put("sources", sorted(sources));
        records.put("facilities", sorted(facilities));
        records.put("persons", sorted(persons));
        return records;
    }

    private static List<String> sorted(List<String> lines) {
        lines.sort(String::compareTo);
        return lines;
    }
}
