package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casebook.ledger.LedgerKeys;
import org.casebook.ledger.proof.BundleVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A published person's bundle, downloaded by anyone and checked with the verifier the transparency page offers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicBundleTest {
    @LocalServerPort
    int port;

    @Autowired
    LedgerKeys keys;

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path download(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Path file = Files.createTempFile("public-bundle", ".zip");
        Files.write(file, response.body());
        return file;
    }

    private static List<String> entries(Path bundle) throws Exception {
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(bundle)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("entries/")) {
                    entries.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }

    @Test
    void anyoneCanDownloadAPublicBundleAndTheStandaloneVerifierAcceptsIt() throws Exception {
        Path bundle = download("/persons/CB-000001/bundle");
        BundleVerifier.Outcome outcome = BundleVerifier.verify(bundle, keys.publicKeyRaw());
        assertThat(outcome.holds()).as(String.join("\n", outcome.lines())).isTrue();

        List<String> entries = entries(bundle);
        assertThat(entries).isNotEmpty().allMatch(e -> e.contains("\"entryType\":\"public\""));
        String latest = entries.getLast();
        assertThat(latest)
                .contains("\"subject\":\"person CB-000001\"")
                .contains("Abdurehim Heyit")
                .contains("Turkey");
        // Internal fields of the person (occupation, notes) and of claims (credibility, details) are not in it.
        assertThat(String.join("\n", entries))
                .doesNotContain("poet and musician")
                .doesNotContain("credibility")
                .doesNotContain("grey sweater")
                .doesNotContain("demo-data");

        // Asked again with nothing changed, the bundle holds no new snapshot.
        assertThat(entries(download("/persons/CB-000001/bundle"))).hasSameSizeAs(entries);

        // The verifier offered on /transparency, run as a reader would run it.
        Path jar = Files.createTempFile("casebook-verifier", ".jar");
        Files.write(jar, get("/transparency/casebook-verifier.jar").body());
        Process run = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "verify-bundle",
                        bundle.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed).contains(keys.fingerprint());

        // One changed byte, and the same verifier refuses it.
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        Path changed = Files.createTempFile("changed", ".zip");
        Files.write(changed, bytes);
        assertThat(BundleVerifier.verify(changed, keys.publicKeyRaw()).holds()).isFalse();
    }

    @Test
    void theTransparencyPageGivesTheKeyAndTheLatestTreeHead() throws Exception {
        String page = new String(get("/transparency").body(), StandardCharsets.UTF_8);
        assertThat(page)
                .contains(keys.fingerprint())
                .contains("id=\"root-hash\"")
                .contains("casebook-verifier.jar");
    }

    @Test
    void anUnpublishedOrUnknownRecordHasNoPublicBundle() throws Exception {
        assertThat(get("/persons/CB-999999/bundle").statusCode()).isEqualTo(404);
        assertThat(get("/sources/999999/bundle").statusCode()).isEqualTo(404);
    }
}
