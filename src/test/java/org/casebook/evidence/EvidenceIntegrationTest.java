package org.casebook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.ledger.IntegrityProblem;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.Verification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceIntegrationTest {
    @Autowired
    AccountService testAccounts;

    private String adminToken;

    @LocalServerPort
    int port;

    @Autowired
    EvidenceStore store;

    @Autowired
    Ledger ledger;

    @Autowired
    Verification verification;

    HttpApi api;

    @BeforeEach
    void setUp() {
        adminToken = TestAccounts.create(testAccounts, Role.admin).token();
        api = new HttpApi(port, adminToken);
    }

    static byte[] png(int seed) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + adminToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anImageIsTypedByContentEncryptedAtRestDeduplicatedAndServedAsChecked() throws Exception {
        byte[] image = png(1);
        HttpApi.Reply created = api.postBytes(
                "/api/v1/evidence?sourceId=1&filename=holiday-notes.txt", "application/octet-stream", image);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode evidence = created.json().get("evidence");
        String sha = evidence.get("sha256").asString();
        assertThat(evidence.get("mediaType").asString()).isEqualTo("image/png");
        assertThat(evidence.get("metadata").asString()).contains("64");
        assertThat(evidence.get("hasThumbnail").asBoolean()).isTrue();

        byte[] onDisk = Files.readAllBytes(store.path(sha));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1))
                .doesNotContain("PNG")
                .doesNotContain("IHDR");

        HttpResponse<byte[]> download = get("/api/v1/evidence/" + sha + "/content");
        assertThat(download.body()).isEqualTo(image);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<byte[]> thumbnail = get("/api/v1/evidence/" + sha + "/thumbnail");
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail.body()))).isNotNull();

        long before = store.count();
        HttpApi.Reply again =
                api.postBytes("/api/v1/evidence?claimId=1&filename=copy.png", "application/octet-stream", image);
        assertThat(again.json().get("evidence").get("sha256").asString()).isEqualTo(sha);
        assertThat(store.count()).isEqualTo(before);
        List<String> events = again.json()
                .get("custody")
                .valueStream()
                .map(c -> c.get("event").asString())
                .toList();
        assertThat(events).containsSubsequence("register", "access", "register");
        assertThat(again.json()
                        .get("custody")
                        .valueStream()
                        .map(c -> c.get("originalName").asString()))
                .contains("holiday-notes.txt", "copy.png");

        ledger.sequencePending();
        assertThat(ledger.leafFor("evidence", evidence.get("id").asLong())).isPresent();
        assertThat(verification.run(p -> {}).problems()).isEmpty();
    }

    @Test
    void scriptableUploadsAreNeverServedAsWhatTheyClaimToBe() throws Exception {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        String sha = api.postBytes("/api/v1/evidence?sourceId=1&filename=x.svg", "image/svg+xml", svg)
                .json()
                .get("evidence")
                .get("sha256")
                .asString();
        HttpResponse<byte[]> download = get("/api/v1/evidence/" + sha + "/content");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("sandbox");
    }

    @Test
    void aFlippedByteInAStoredFileIsReportedByVerify() throws Exception {
        byte[] image = png(2);
        String sha = api.postBytes("/api/v1/evidence?sourceId=1", "application/octet-stream", image)
                .json()
                .get("evidence")
                .get("sha256")
                .asString();
        Path file = store.path(sha);
        byte[] original = Files.readAllBytes(file);
        byte[] flipped = original.clone();
        flipped[original.length / 2] ^= 0x10;
        Files.write(file, flipped);
        try {
            List<IntegrityProblem> problems = verification.run(p -> {}).problems();
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo("altered");
                assertThat(p.what()).startsWith("file " + sha);
            });
            assertThat(get("/api/v1/evidence/" + sha + "/content").statusCode()).isEqualTo(500);
        } finally {
            Files.write(file, original);
        }
        assertThat(verification.run(p -> {}).problems()).isEmpty();
    }

    @Test
    void anUploadWithoutAPlaceToAttachToIsRefused() {
        HttpApi.Reply reply = api.postBytes("/api/v1/evidence", "application/octet-stream", new byte[] {1, 2, 3});
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("sourceId");
        reply = api.postBytes("/api/v1/evidence?sourceId=999999", "application/octet-stream", new byte[] {1, 2, 3});
        assertThat(reply.status()).isEqualTo(400);
    }
}
