package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.ledger.LedgerKeys;
import org.casebook.ledger.proof.BundleVerifier;
import org.casebook.ledger.proof.Hex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleRoundTripTest {
    @LocalServerPort
    int port;

    @Autowired
    LedgerKeys keys;

    @Autowired
    AccountService accounts;

    private String token;

    @BeforeEach
    void token() {
        token = TestAccounts.create(accounts, Role.admin).token();
    }

    private Path download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Path file = Files.createTempFile("bundle", ".zip");
        Files.write(file, response.body());
        return file;
    }

    @Test
    void aPersonBundleVerifiesOfflineAndEveryChangedByteIsCaught() throws Exception {
        byte[] file = "a small evidence file for the bundle".getBytes(StandardCharsets.UTF_8);
        HttpApi.Reply uploaded = new HttpApi(port, token)
                .postBytes("/api/v1/evidence?claimId=1&filename=note.txt", "application/octet-stream", file);
        assertThat(uploaded.status()).isEqualTo(201);
        String sha = uploaded.json().get("evidence").get("sha256").asString();
        Path bundle = download("/api/v1/persons/CB-000001/bundle");
        BundleVerifier.Outcome outcome = BundleVerifier.verify(bundle, keys.publicKeyRaw());
        assertThat(outcome.holds()).as(String.join("\n", outcome.lines())).isTrue();
        assertThat(outcome.summary()).contains("ledger entries proven");

        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names)
                .contains("README.txt", "manifest.json", "files/" + sha + ".txt")
                .anyMatch(n -> n.startsWith("entries/"));

        byte[] original = Files.readAllBytes(bundle);
        Path changed = Files.createTempFile("changed", ".zip");
        Set<String> reasons = new HashSet<>();
        for (int i = 0; i < original.length; i++) {
            byte[] copy = original.clone();
            copy[i] ^= 0x01;
            Files.write(changed, copy);
            BundleVerifier.Outcome result = BundleVerifier.verify(changed, null);
            assertThat(result.holds())
                    .as("byte %d of %d changed", i, original.length)
                    .isFalse();
            assertThat(result.summary()).isNotBlank();
            reasons.add(result.summary().replaceAll("[0-9a-f]{64}", "<hash>").replaceAll("\\d+", "N"));
        }
        // The reasons name what changed, not just "invalid": several distinct explanations appear.
        assertThat(reasons.size()).isGreaterThan(3);
    }

    @Test
    void aBundleUnderAnotherKeyIsRefused() throws Exception {
        Path bundle = download("/api/v1/sources/1/bundle");
        byte[] otherKey = Hex.parse("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        BundleVerifier.Outcome outcome = BundleVerifier.verify(bundle, otherKey);
        assertThat(outcome.holds()).isFalse();
        assertThat(outcome.summary()).contains("different key");
    }
}
