package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A hot backup taken while writers write, restored into a new data folder with the keys put back from their own
 * copy: the restored store verifies clean, its ledger has the backup's tree head exactly, and the evidence files
 * are bit for bit the same.
 */
class BackupRestorePackagedTest {

    @Test
    void aHotBackupRestoresToTheSameLedgerAndFiles() throws Exception {
        PackagedServer original = new PackagedServer(Files.createTempDirectory("casebook-original"));
        PackagedServer.FirstAdmin admin = original.createAdmin("keeper");
        Path backup = Files.createTempDirectory("casebook-backup").resolve("backup");
        List<String> persons = new ArrayList<>();
        String evidenceSha;
        String evidenceText = "Testimony of a relative, kept as evidence " + System.nanoTime();
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            WebSession web = original.start();
            HttpApi api = new HttpApi(original.port(), original.writeToken(web, admin, "keeper"));
            long source = api.post(
                            "/api/v1/sources",
                            Map.of(
                                    "kind",
                                    "testimony",
                                    "title",
                                    "Backup testimony",
                                    "party",
                                    "family",
                                    "reliability",
                                    "C"))
                    .json()
                    .get("id")
                    .asLong();
            HttpApi.Reply uploaded = api.postBytes(
                    "/api/v1/evidence?sourceId=" + source + "&filename=t.txt",
                    "application/octet-stream",
                    evidenceText.getBytes(StandardCharsets.UTF_8));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            evidenceSha = uploaded.json().get("evidence").get("sha256").asString();
            for (int i = 0; i < 5; i++) {
                persons.add(create(api, "Kept Before" + (char) ('a' + i)));
            }
            Thread writer = Thread.ofPlatform().start(() -> {
                int i = 0;
                while (writing.get()) {
                    create(api, "Written During" + letters(i++));
                }
            });
            PackagedServer.Run backedUp = original.command("backup", backup.toString());
            writing.set(false);
            writer.join();
            assertThat(backedUp.exit()).as(backedUp.output()).isZero();
            assertThat(backedUp.output()).contains("The keys are not in it");
        } finally {
            writing.set(false);
            original.stop();
        }
        try (Stream<Path> files = Files.walk(backup)) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .noneMatch(n -> n.endsWith(".json") && !n.equals("manifest.json"))
                    .noneMatch(n -> n.endsWith(".pk8") || n.endsWith(".key"));
        }
        JsonNode manifest = HttpApi.JSON.readTree(Files.readString(backup.resolve("manifest.json")));
        long treeSize = manifest.get("treeHead").get("treeSize").asLong();
        String root = manifest.get("treeHead").get("rootHash").asString();

        PackagedServer restored = new PackagedServer(Files.createTempDirectory("casebook-restored"));
        PackagedServer.Run restore = restored.command("restore", backup.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThatThrownBy(restored::start)
                .as("without its keys the restored store refuses to start")
                .hasMessageContaining("is missing, but this store already holds data that needs it")
                .hasMessageContaining("Put the key directory back");
        assertThat(restored.data().resolve("keys/tree-head-signing.pk8")).doesNotExist();
        copyTree(original.data().resolve("keys"), restored.data().resolve("keys"));
        PackagedServer.Run verify = restored.command("verify");
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("CLEAN");
        try (Stream<Path> files = Files.walk(original.data().resolve("evidence"))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("/tmp/"))
                    .toList()) {
                Path copy = restored.data()
                        .resolve("evidence")
                        .resolve(original.data().resolve("evidence").relativize(file));
                assertThat(copy).as("evidence file " + file.getFileName()).hasSameBinaryContentAs(file);
            }
        }
        try {
            WebSession web = restored.start();
            HttpApi api = new HttpApi(restored.port(), restored.writeToken(web, admin, "keeper"));
            JsonNode head = api.get("/api/v1/ledger/tree-heads/" + treeSize).json();
            assertThat(head.get("rootHash").asString()).isEqualTo(root);
            assertThat(api.get("/api/v1/evidence/" + evidenceSha + "/content").body())
                    .isEqualTo(evidenceText);
            for (String person : persons) {
                assertThat(api.get("/api/v1/persons/" + person).status()).isEqualTo(200);
            }
            assertThat(api.get("/api/v1/search?q=" + HttpApi.encode("Kept Beforea"))
                            .json()
                            .get("hits")
                            .get(0)
                            .get("publicId")
                            .asString())
                    .isEqualTo(persons.getFirst());
        } finally {
            restored.stop();
        }
    }

    private static String create(HttpApi api, String name) {
        HttpApi.Reply reply = api.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of("gender", "female", "names", List.of(Map.of("text", name, "kind", "primary"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("publicId").asString();
    }

    private static String letters(int n) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.toString();
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
