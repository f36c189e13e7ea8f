package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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

/**
 * Export, then import into an empty record: a second Casebook on its own empty embedded database takes the first's
 * editors' export, and its own export then holds the same records and relations (compared by content, since ids
 * are new), and the same publication states.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportRoundTripTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anExportImportedIntoAnEmptyRecordGivesTheSameRecordsAndRelations() throws Exception {
        // The record exported is the demo record in a database of its own, not the one the other tests write to.
        byte[] first;
        try (ConfigurableApplicationContext demo = OtherCasebook.start(jdbc, dataSource, "roundtrip_demo_", true)) {
            first = export(
                    OtherCasebook.port(demo),
                    TestAccounts.create(demo.getBean(AccountService.class), Role.editor)
                            .token());
        }
        try (ConfigurableApplicationContext empty = OtherCasebook.start(jdbc, dataSource, "roundtrip_empty_", false)) {
            int emptyPort = OtherCasebook.port(empty);
            String token = TestAccounts.create(empty.getBean(AccountService.class), Role.editor)
                    .token();
            HttpApi api = new HttpApi(emptyPort, token);
            assertThat(api.get("/api/v1/persons?size=1").json().get("total").asLong())
                    .isZero();
            HttpApi.Reply imported = api.postBytes("/api/v1/imports/casebook-export", "application/zip", first);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("imported").get("persons").asInt()).isPositive();
            byte[] second = export(emptyPort, token);
            Map<String, List<String>> before = records(first);
            assertThat(before.values()).allSatisfy(lines -> assertThat(lines).isNotEmpty());
            assertThat(before.get("claims").toString()).contains("published").contains("Abdurehim Heyit");
            assertThat(records(second)).isEqualTo(before);

            HttpApi.Reply notAnExport = api.postBytes("/api/v1/imports/casebook-export", "application/zip", new byte[] {
                'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
            });
            assertThat(notAnExport.status()).isEqualTo(400);
        }
    }

    private static byte[] export(int port, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/export/casebook-internal.zip"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * Each kind of record as sorted lines of its content, relations by what they point to (a claim by its person's
     * names and its source's title), ids and retracted records left out.
     */
    private static Map<String, List<String>> records(byte[] zip) throws IOException {
        Map<String, ExportImport.Table> tables = ExportImport.read(new ByteArrayInputStream(zip));
        Map<String, String> places = new HashMap<>();
        rows(tables, "places.csv").forEach(r -> places.put(r.get("place_id"), r.get("name")));
        Map<String, String> sources = new HashMap<>();
        rows(tables, "sources.csv").forEach(r -> sources.put(r.get("source_id"), r.get("title")));
        Map<String, List<String>> names = new HashMap<>();
        rows(tables, "names.csv")
                .forEach(r -> names.computeIfAbsent(r.get("person_internal_id"), k -> new ArrayList<>())
                        .add(r.get("name") + "/" + r.get("kind") + "/" + r.get("language") + "/"
                                + r.get("publication")));
        names.values().forEach(list -> list.sort(String::compareTo));
        Map<String, String> persons = new HashMap<>();
        rows(tables, "persons.csv")
                .filter(r -> r.get("merged_into_id") == null)
                .forEach(r -> persons.put(
                        r.get("internal_id"), names.get(r.get("internal_id")).toString()));
        Map<String, String> facilities = new HashMap<>();
        rows(tables, "facilities.csv").forEach(r -> facilities.put(r.get("public_id"), r.get("names")));
        Map<String, List<String>> records = new TreeMap<>();
        records.put(
                "places",
                lines(rows(tables, "places.csv")
                        .map(r -> r.get("name") + "|" + r.get("other_names") + "|" + r.get("level") + "|"
                                + places.get(r.get("parent_id")) + "|" + r.get("latitude") + "|"
                                + r.get("longitude"))));
        records.put(
                "sources",
                lines(rows(tables, "sources.csv")
                        .map(r -> without(r, "source_id").toString())));
        records.put(
                "facilities",
                lines(rows(tables, "facilities.csv")
                        .map(r -> without(r, "public_id", "tier_source_id", "place_id") + "|"
                                + sources.get(r.get("tier_source_id")) + "|" + places.get(r.get("place_id")))));
        records.put(
                "persons",
                lines(rows(tables, "persons.csv")
                        .filter(r -> r.get("merged_into_id") == null)
                        .map(r -> without(
                                        r,
                                        "public_id",
                                        "internal_id",
                                        "hometown_place_id",
                                        "version",
                                        "merged_into_id",
                                        "status_explanation")
                                + "|" + places.get(r.get("hometown_place_id")) + "|"
                                + persons.get(r.get("internal_id")))));
        List<Map<String, String>> claims =
                new ArrayList<>(rows(tables, "claims.csv").toList());
        claims.addAll(rows(tables, "facility_claims.csv").toList());
        records.put(
                "claims",
                lines(claims.stream()
                        .filter(r ->
                                r.get("person_internal_id") == null || persons.containsKey(r.get("person_internal_id")))
                        .map(r -> without(
                                        r,
                                        "claim_id",
                                        "person_internal_id",
                                        "facility_public_id",
                                        "source_id",
                                        "place_id",
                                        "subject_place_id")
                                + "|" + persons.get(r.get("person_internal_id")) + "|"
                                + facilities.get(r.get("facility_public_id")) + "|" + sources.get(r.get("source_id"))
                                + "|"
                                + places.get(r.get("place_id")))));
        return records;
    }

    private static Stream<Map<String, String>> rows(Map<String, ExportImport.Table> tables, String file) {
        return tables.get(file).rows().stream().filter(r -> !"true".equals(r.get("retracted")));
    }

    private static Map<String, String> without(Map<String, String> row, String... columns) {
        Map<String, String> kept = new TreeMap<>();
        row.forEach((k, v) -> kept.put(k, v == null ? "" : v));
        for (String column : columns) {
            kept.remove(column);
        }
        return kept;
    }

    private static List<String> lines(Stream<String> lines) {
        return lines.sorted().toList();
    }
}
