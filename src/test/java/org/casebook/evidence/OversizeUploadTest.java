package org.casebook.evidence;

import org.casebook.TestAccounts;
import org.casebook.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "casebook.evidence.max-bytes=4096")
class OversizeUploadTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.casebook.account.AccountService testAccounts;
    @LocalServerPort
    int port;
    @Autowired
    EvidenceStore store;
    @Value("${casebook.evidence.directory}")
    String directory;

    private long tempFiles() throws Exception {
        Path tmp = Path.of(directory, "tmp");
        if (!Files.exists(tmp)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.count();
        }
    }

    @Test
    void anOversizeUploadIsRefusedAndLeavesNothingBehind() throws Exception {
        String token = TestAccounts.create(testAccounts, org.casebook.access.Role.admin).token();
        HttpApi api = new HttpApi(port, token);
        long evidence = store.count();
        long temps = tempFiles();
        byte[] big = new byte[10_000];
        new java.util.Random(3).nextBytes(big);
        HttpApi.Reply declared = api.postBytes("/api/v1/evidence?sourceId=1", "application/octet-stream", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().get("detail").asString()).contains("larger than the limit of 4096 bytes");

        // Without a declared length the limit is met while streaming, and the partial file is removed.
        java.io.ByteArrayInputStream body = new java.io.ByteArrayInputStream(big);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/evidence?sourceId=1"))
                .header("Content-Type", "application/octet-stream").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(store.count()).isEqualTo(evidence);
        assertThat(tempFiles()).isEqualTo(temps);
    }
}
