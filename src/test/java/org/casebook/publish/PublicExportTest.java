package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The published record as a zip of CSV files: its relations hold, its names keep their scripts, no cell is a formula. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicExportTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private Map<String, String> files() throws IOException, InterruptedException {
        HttpResponse<byte[]> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/export/casebook-published.zip"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(reply.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theJsonExportGivesPersonsInPopolosShapeWithTheirClaimsSourcesAndFacilities() {
        HttpApi.Reply reply = new HttpApi(port).get("/export/casebook-published.json");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode export = reply.json();
        JsonNode heyit = export.get("persons")
                .valueStream()
                .filter(p -> p.get("id").asString().equals("CB-000001"))
                .findFirst()
                .orElseThrow();
        assertThat(heyit.get("name").asString()).isEqualTo("Abdurehim Heyit");
        assertThat(heyit.get("other_names").valueStream().map(n -> n.get("name").asString()))
                .contains("ئابدۇرېھىم ھېيىت");
        assertThat(heyit.get("status").asString()).isEqualTo("contested");
        Set<Long> sources = new HashSet<>();
        export.get("sources").forEach(s -> sources.add(s.get("id").asLong()));
        assertThat(heyit.get("claims").size()).isPositive();
        heyit.get("claims")
                .forEach(c -> assertThat(sources).contains(c.get("source_id").asLong()));
        assertThat(export.get("facilities").get("type").asString()).isEqualTo("FeatureCollection");
    }

    @Test
    void theInternalExportIsForEditorsHoldsInternalFieldsAndNoSecret() throws Exception {
        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        HttpApi editor = new HttpApi(port, editorAccount.token());
        String note = "internal note " + UUID.randomUUID();
        String secret = "secret contact " + UUID.randomUUID();
        HttpApi.Reply created = editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "male",
                        "notes",
                        note,
                        "names",
                        List.of(Map.of("text", "Internal Exportjan " + UUID.randomUUID(), "kind", "primary"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String publicId = created.json().get("publicId").asString();
        long id = editor.get("/api/v1/persons/" + publicId + "/history")
                .json()
                .valueStream()
                .filter(r -> r.get("recordType").asString().equals("person"))
                .findFirst()
                .orElseThrow()
                .get("recordId")
                .asLong();
        assertThat(editor.put("/api/v1/secrets/person/" + id, Map.of("exact_address", secret))
                        .status())
                .as("a secret planted")
                .isBetween(200, 204);
        HttpApi viewer =
                new HttpApi(port, TestAccounts.create(accounts, Role.viewer).token());
        assertThat(viewer.get("/api/v1/export/casebook-internal.zip").status()).isEqualTo(403);

        HttpResponse<byte[]> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/v1/export/casebook-internal.zip"))
                                .header("Authorization", "Bearer " + editorAccount.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode())
                .as(new String(reply.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(reply.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                all.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(all).contains("persons.csv", "facility_claims.csv", note, "Synthetic Yengi Bagh Training Centre");
        assertThat(all.toString()).doesNotContain(secret);
        assertThat(files().values()).noneMatch(file -> file.contains(note));

        // The secret fields leave only when an administrator names them, and that export is audited.
        assertThat(editor.get("/api/v1/export/casebook-internal.zip?secrets=include")
                        .status())
                .isEqualTo(403);
        TestAccounts.TestAccount adminAccount = TestAccounts.create(accounts, Role.admin);
        String withSecrets = zipText(internalExport(adminAccount.token(), "?secrets=include"));
        assertThat(withSecrets).contains("secrets.csv").contains(secret);
        assertThat(zipText(internalExport(adminAccount.token(), ""))).doesNotContain(secret);
        assertThat(jdbc.sql("select detail from audit_event where actor = :actor order by id")
                        .param("actor", adminAccount.username())
                        .query(String.class)
                        .list())
                .anyMatch(d -> d.contains("with the secret fields"))
                .anyMatch(d -> d.startsWith("values: "));
    }

    private byte[] internalExport(String token, String query) throws Exception {
        HttpResponse<byte[]> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/export/casebook-internal.zip" + query))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }

    private static String zipText(byte[] zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                all.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** The first column of every data row: the ids a file holds. */
    private static Set<String> ids(String csv, int column) {
        Set<String> ids = new HashSet<>();
        for (String line : csv.split("\r\n")) {
            String[] cells = line.split("\",\"", -1);
            if (cells.length > column) {
                ids.add(cells[column].replace("\"", ""));
            }
        }
        return ids;
    }

    @Test
    void theExportHoldsThePublishedRecordWithItsRelationsAndNoFormula() throws Exception {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String formula = "=HYPERLINK(\"http://x.example\",\"click\") " + UUID.randomUUID();
        String publicId = Publishing.person(editor, formula);

        Map<String, String> files = files();
        assertThat(files)
                .containsKeys(
                        "README.md",
                        "schema.json",
                        "persons.csv",
                        "names.csv",
                        "claims.csv",
                        "sources.csv",
                        "facilities.csv");
        assertThat(files.get("persons.csv"))
                .startsWith("public_id,name,")
                .contains("\"CB-000001\",\"Abdurehim Heyit\"");
        assertThat(files.get("names.csv")).contains("ئابدۇرېھىم ھېيىت");
        assertThat(files.get("names.csv")).contains("\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK");
        assertThat(files.get("facilities.csv")).contains("Synthetic Yengi Bagh Training Centre");
        assertThat(HttpApi.JSON
                        .readTree(files.get("schema.json"))
                        .get("files")
                        .get("claims.csv")
                        .size())
                .isEqualTo(PublicExport.COLUMNS.get("claims.csv").size());

        Set<String> persons = ids(files.get("persons.csv"), 0);
        Set<String> sources = ids(files.get("sources.csv"), 0);
        assertThat(persons).contains("CB-000001", publicId);
        String[] claims = files.get("claims.csv").split("\r\n");
        assertThat(claims.length).isGreaterThan(5);
        Set<String> facilities = ids(files.get("facilities.csv"), 0);
        boolean aboutFacility = false;
        for (int i = 1; i < claims.length; i++) {
            String[] cells = claims[i].split("\",\"", -1);
            // A claim is about a person, or (no person) about the facility it names.
            if (cells[1].isEmpty()) {
                aboutFacility = true;
                assertThat(facilities).as(claims[i]).contains(cells[2]);
            } else {
                assertThat(persons).as(claims[i]).contains(cells[1]);
            }
            assertThat(sources).as(claims[i]).contains(cells[cells.length - 1].replace("\"", ""));
        }
        assertThat(aboutFacility)
                .as("the claims about facilities are exported too")
                .isTrue();
    }
}
