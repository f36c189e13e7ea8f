package org.casebook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "casebook.evidence.max-bytes=4096")
class OversizeUploadTest {
    @Autowired
    AccountService testAccounts;

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
        String token = TestAccounts.create(testAccounts, Role.admin).token();
        HttpApi api = new HttpApi(port, token);
        long evidence = store.count();
        long temps = tempFiles();
        byte[] big = new byte[10_000];
        new Random(3).nextBytes(big);
        HttpApi.Reply declared = api.postBytes("/api/v1/evidence?sourceId=1", "application/octet-stream", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.json().get("detail").asString()).contains("larger than the limit of 4096 bytes");

        // Without a declared length the limit is met while streaming, and the partial file is removed.
        ByteArrayInputStream body = new ByteArrayInputStream(big);
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/evidence?sourceId=1"))
                                .header("Content-Type", "application/octet-stream")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(store.count()).isEqualTo(evidence);
        assertThat(tempFiles()).isEqualTo(temps);
    }
}
