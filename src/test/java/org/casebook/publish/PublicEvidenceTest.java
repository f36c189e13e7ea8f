package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.LedgerKeys;
import org.casebook.ledger.Verification;
import org.casebook.ledger.proof.BundleVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An evidence file reaches the public only by an editor's decision, only beside a published record it supports, and
 * without anything about how it came in: the flow of issue 19's "evidence thumbnails" and the public bundle's files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicEvidenceTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LedgerKeys keys;

    @Autowired
    Ledger ledger;

    @Autowired
    Verification verification;

    @Autowired
    JdbcClient jdbc;

    private final String run =
            "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void aFileIsPublicOnlyOnceAnEditorDecidesAndOnlyBesideAPublishedRecord() throws Exception {
        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        HttpApi editor = new HttpApi(port, editorAccount.token());
        HttpApi visitor = new HttpApi(port);
        String publicId = publishedPerson(editor);
        long sourceId = published(editor, "/api/v1/sources", source());
        long claimId = published(editor, "/api/v1/claims", claim(publicId, sourceId));
        String originalName = run + "-from-aunt.png";
        byte[] image = TestImages.png(run.hashCode());
        String shown = upload(editor, "claimId=" + claimId, originalName, image);
        String kept = upload(editor, "claimId=" + claimId, run + "-kept.png", TestImages.png(7));

        // Before any decision: the page names neither file, and the file's addresses are "not found".
        assertThat(visitor.get("/persons/" + publicId).body()).doesNotContain(shown);
        assertThat(visitor.get("/evidence/" + shown + "/thumbnail").status()).isEqualTo(404);
        assertThat(visitor.get("/evidence/" + shown).status()).isEqualTo(404);

        // A contributor may not decide; an editor must give a reason.
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        assertThat(contributor
                        .post(decision(shown), Map.of("published", true, "reason", "x"))
                        .status())
                .isEqualTo(403);
        HttpApi.Reply noReason = editor.post(decision(shown), Map.of("published", true, "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        // The editor decides on the documenters' page, which first says what the file tells about itself.
        WebSession session = TestAccounts.session(editorAccount, port);
        assertThat(session.get("/app/evidence/" + shown).body()).contains("Publishing shows the file exactly as it is");
        WebSession.Page decided = session.post(
                "/app/evidence/" + shown + "/publication",
                Map.of("published", "true", "reason", "The family asked for the photo to be shown"));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.uri()).endsWith("/app/evidence/" + shown + "#publication");
        assertThat(decided.body()).contains("Public: shown beside the published records");
        long custodyBefore = custodyEvents(shown);

        String page = visitor.get("/persons/" + publicId).body();
        assertThat(page).contains("/evidence/" + shown + "/thumbnail").doesNotContain(kept);
        HttpApi.Reply thumbnail = visitor.get("/evidence/" + shown + "/thumbnail");
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        assertThat(bytes("/evidence/" + shown)).isEqualTo(image);
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes("/evidence/" + shown + "/thumbnail"))))
                .isNotNull();
        assertThat(visitor.get("/evidence/" + kept + "/thumbnail").status()).isEqualTo(404);
        assertThat(custodyEvents(shown))
                .as("public reads are not custody events")
                .isEqualTo(custodyBefore);

        JsonNode answer = visitor.get("/api/public/v1/persons/" + publicId).json();
        assertThat(answer.get("person").get("publicId").asString())
                .as("unwrapped")
                .isEqualTo(publicId);
        assertThat(answer.get("files")).hasSize(1);
        assertThat(answer.get("files").get(0).get("sha256").asString()).isEqualTo(shown);
        assertThat(answer.get("files").get(0).get("claims").get(0).asLong()).isEqualTo(claimId);

        // The public bundle carries the file, the verifier checks it against the logged snapshot, and nothing in it
        // says how the file came in or who decided.
        Path bundle = Files.createTempFile("public-evidence", ".zip");
        Files.write(bundle, bytes("/persons/" + publicId + "/bundle"));
        BundleVerifier.Outcome outcome = BundleVerifier.verify(bundle, keys.publicKeyRaw());
        assertThat(outcome.holds()).as(String.join("\n", outcome.lines())).isTrue();
        Map<String, byte[]> inside = unzip(bundle);
        assertThat(inside).containsKey("files/" + shown + ".png");
        assertThat(inside.get("files/" + shown + ".png")).isEqualTo(image);
        String text = new String(String.join("\n", inside.keySet()).getBytes(StandardCharsets.UTF_8))
                + inside.values().stream()
                        .map(b -> new String(b, StandardCharsets.ISO_8859_1))
                        .reduce("", String::concat);
        assertThat(text)
                .doesNotContain(kept)
                .doesNotContain(originalName)
                .doesNotContain("The family asked")
                .doesNotContain(editorAccount.username());

        // Withdrawn, it is gone from the page and its address again; the decisions stay, and are logged.
        assertThat(editor.post(decision(shown), Map.of("published", true, "reason", "again"))
                        .status())
                .isEqualTo(400);
        HttpApi.Reply withdrawn = editor.post(decision(shown), Map.of("published", false, "reason", "family asked"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("publication")).hasSize(2);
        assertThat(visitor.get("/evidence/" + shown + "/thumbnail").status()).isEqualTo(404);
        assertThat(visitor.get("/persons/" + publicId).body()).doesNotContain(shown);
        ledger.sequencePending();
        jdbc.sql("select id from evidence_publication where reason = 'family asked'")
                .query(Long.class)
                .list()
                .forEach(id ->
                        assertThat(ledger.leafFor("evidence-publication", id)).isPresent());
        assertThat(verification.run(p -> {}).problems()).isEmpty();
    }

    @Test
    void aPublishedFileBesideAnUnpublishedClaimStaysHidden() throws Exception {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String publicId = publishedPerson(editor);
        long sourceId = published(editor, "/api/v1/sources", source());
        HttpApi.Reply internalClaim = editor.post("/api/v1/claims", claim(publicId, sourceId));
        assertThat(internalClaim.status()).as(internalClaim.body()).isEqualTo(201);
        String sha = upload(
                editor,
                "claimId=" + internalClaim.json().get("id").asLong(),
                "internal.png",
                TestImages.png(run.hashCode() + 1));
        assertThat(editor.post(decision(sha), Map.of("published", true, "reason", "for later"))
                        .status())
                .isEqualTo(200);
        assertThat(new HttpApi(port).get("/evidence/" + sha + "/thumbnail").status())
                .isEqualTo(404);
        assertThat(new HttpApi(port).get("/evidence/" + sha).status()).isEqualTo(404);
    }

    @Test
    void aPublicSatelliteImageShowsBesideTheFacilityClaimItSupports() throws Exception {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        long sourceId = published(
                editor,
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "satellite_imagery",
                        "title",
                        run + " imagery",
                        "party",
                        "researcher",
                        "reliability",
                        "B"));
        Map<String, Object> facility = new HashMap<>();
        facility.put("names", List.of(Map.of("name", run + " compound", "lang", "en")));
        facility.put("kind", "detention_centre");
        facility.put("latitude", 41.2);
        facility.put("longitude", 79.9);
        HttpApi.Reply created = editor.post("/api/v1/facilities", facility);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String facilityId = created.json().get("publicId").asString();
        assertThat(editor.put(
                                "/api/v1/facilities/" + facilityId + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
        Map<String, Object> claim = new HashMap<>();
        claim.put("facilityId", facilityId);
        claim.put("type", "facility_security");
        claim.put("sourceId", sourceId);
        claim.put("asserter", "Imagery analysts");
        claim.put("asserterParty", "researcher");
        claim.put("stance", "asserts");
        long claimId = published(editor, "/api/v1/claims", claim);
        String sha = upload(editor, "claimId=" + claimId, "scene.png", TestImages.png(run.hashCode() + 2));
        HttpApi visitor = new HttpApi(port);
        assertThat(visitor.get("/facilities/" + facilityId).body()).doesNotContain(sha);
        assertThat(editor.post(decision(sha), Map.of("published", true, "reason", "imagery licence allows it"))
                        .status())
                .isEqualTo(200);
        assertThat(visitor.get("/facilities/" + facilityId).body()).contains("/evidence/" + sha + "/thumbnail");
        assertThat(visitor.get("/evidence/" + sha + "/thumbnail").status()).isEqualTo(200);
    }

    @Test
    void anEditorPublishesACopyWithoutWhatTheFileSaysAboutItself() throws Exception {
        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        HttpApi editor = new HttpApi(port, editorAccount.token());
        String publicId = publishedPerson(editor);
        long sourceId = published(editor, "/api/v1/sources", source());
        long claimId = published(editor, "/api/v1/claims", claim(publicId, sourceId));
        String place = run + "-taken-at-the-aunts-house";
        byte[] original = TestImages.withText(TestImages.png(run.hashCode() + 3), "Comment", place);
        String sha = upload(editor, "claimId=" + claimId, "aunt.png", original);
        assertThat(new String(
                        bytes(editorAccount.token(), "/api/v1/evidence/" + sha + "/content"),
                        StandardCharsets.ISO_8859_1))
                .contains(place);

        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        assertThat(contributor
                        .post("/api/v1/evidence/" + sha + "/copy", Map.of())
                        .status())
                .isEqualTo(403);
        HttpApi.Reply copied = editor.post("/api/v1/evidence/" + sha + "/copy", Map.of());
        assertThat(copied.status()).as(copied.body()).isEqualTo(201);
        String copy = copied.json().get("evidence").get("sha256").asString();
        assertThat(copy).isNotEqualTo(sha);
        assertThat(copied.json().get("custody").get(0).get("how").asString()).isEqualTo("derived");
        byte[] copyBytes = bytes(editorAccount.token(), "/api/v1/evidence/" + copy + "/content");
        assertThat(new String(copyBytes, StandardCharsets.ISO_8859_1)).doesNotContain(place);
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(copyBytes));
        for (int x = 0; x < before.getWidth(); x++) {
            for (int y = 0; y < before.getHeight(); y++) {
                assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
            }
        }
        assertThat(editor.get("/api/v1/evidence?claimId=" + claimId).body())
                .contains(sha)
                .contains(copy);

        assertThat(editor.post(decision(copy), Map.of("published", true, "reason", "the copy carries no place"))
                        .status())
                .isEqualTo(200);
        String page = new HttpApi(port).get("/persons/" + publicId).body();
        assertThat(page).contains("/evidence/" + copy + "/thumbnail").doesNotContain(sha);
    }

    private byte[] bytes(String token, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String decision(String sha) {
        return "/api/v1/evidence/" + sha + "/publication";
    }

    private long custodyEvents(String sha) {
        return jdbc.sql("select count(*) from custody_event c join evidence e on e.id = c.evidence_id"
                        + " where e.sha256 = :sha")
                .param("sha", sha)
                .query(Long.class)
                .single();
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, byte[]> unzip(Path bundle) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static String upload(HttpApi editor, String attach, String name, byte[] image) {
        HttpApi.Reply created =
                editor.postBytes("/api/v1/evidence?" + attach + "&filename=" + name, "application/octet-stream", image);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("evidence").get("sha256").asString();
    }

    private String publishedPerson(HttpApi editor) {
        HttpApi.Reply person = editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of("gender", "male", "names", List.of(Map.of("text", run + " Fayluf", "kind", "primary"))));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        String publicId = person.json().get("publicId").asString();
        long nameId = person.json().get("names").get(0).get("id").asLong();
        assertThat(editor.put(
                                "/api/v1/persons/" + publicId + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
        assertThat(editor.put(
                                "/api/v1/persons/" + publicId + "/names/" + nameId + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
        return publicId;
    }

    private static long published(HttpApi editor, String collection, Map<String, Object> body) {
        HttpApi.Reply created = editor.post(collection, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        HttpApi.Reply published = editor.put(
                collection + "/" + id + "/publication",
                Map.of(
                        "state",
                        "published",
                        "version",
                        created.json().get("version").asInt()));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private Map<String, Object> source() {
        return Map.of("kind", "news_article", "title", run + " report", "party", "media", "reliability", "B");
    }

    private static Map<String, Object> claim(String publicId, long sourceId) {
        Map<String, Object> claim = new HashMap<>(Map.of(
                "personId", publicId,
                "type", "detained",
                "datePrecision", "month",
                "date", "2018-04",
                "sourceId", sourceId,
                "asserter", "A reporter",
                "asserterParty", "media",
                "stance", "asserts",
                "credibility", 2));
        claim.put("verification", "unverified");
        return claim;
    }
}
