package org.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The packaged server killed with -9 again and again while writers run, then started on the same folder: every
 * write it acknowledged is there exactly once and whole, search finds every acknowledged person by name, and
 * `casebook verify` finds the store clean.
 */
class CrashRecoveryPackagedTest {
    private static final int WRITERS = 4;
    private static final List<PackagedServer.Crash> CRASHES = List.of(
            PackagedServer.Crash.JVM_AND_CHILDREN, PackagedServer.Crash.JVM_AND_DATABASE, PackagedServer.Crash.JVM);
    private static final int KILLS = CRASHES.size();

    record Acknowledged(String publicId, String name, String alias) {}

    @Test
    void acknowledgedWritesSurviveKillsAndTheStoreVerifiesClean() throws Exception {
        PackagedServer casebook = new PackagedServer(Files.createTempDirectory("casebook-crash"));
        PackagedServer.FirstAdmin admin = casebook.createAdmin("crash");
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        String token = null;
        try {
            // Round 0 leaves PostgreSQL running (its watcher killed too), round 1 kills it with the JVM, round 2 the
            // JVM alone.
            for (int round = 0; round <= KILLS; round++) {
                WebSession web = casebook.start();
                if (token == null) {
                    token = casebook.writeToken(web, admin, "crash");
                }
                if (round == KILLS) {
                    assertDurable(casebook.data().resolve("postgres"));
                    PackagedServer.Run second = casebook.command("verify");
                    assertThat(second.exit()).as(second.output()).isEqualTo(2);
                    assertThat(second.output()).contains("Another Casebook process");
                    checkEverything(new HttpApi(casebook.port(), token), List.copyOf(acknowledged));
                    break;
                }
                writeUntilKilled(casebook, new HttpApi(casebook.port(), token), acknowledged, round);
            }
            assertThat(Files.readString(casebook.data().resolve("server-2.log")))
                    .as("the start after PostgreSQL was left running stopped it first")
                    .contains("is still running on");
        } finally {
            casebook.stop();
        }
        PackagedServer.Run verify = casebook.command("verify");
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("CLEAN");
        assertThat(acknowledged).hasSizeGreaterThan(KILLS * WRITERS);
    }

    private static void writeUntilKilled(
            PackagedServer casebook, HttpApi api, ConcurrentLinkedQueue<Acknowledged> acknowledged, int round)
            throws Exception {
        AtomicBoolean alive = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(WRITERS);
        int before = acknowledged.size();
        for (int w = 0; w < WRITERS; w++) {
            Random random = new Random(round * 100L + w);
            Thread.ofPlatform().start(() -> {
                try {
                    while (alive.get()) {
                        String name = word(random) + " " + word(random);
                        HttpApi.Reply created = api.post(
                                "/api/v1/persons?confirmedNew=true",
                                Map.of("gender", "male", "names", List.of(Map.of("text", name, "kind", "primary"))));
                        if (created.status() != 201) {
                            throw new AssertionError(created.body());
                        }
                        String id = created.json().get("publicId").asString();
                        String alias = word(random) + " " + word(random);
                        HttpApi.Reply named =
                                api.post("/api/v1/persons/" + id + "/names", Map.of("text", alias, "kind", "alias"));
                        acknowledged.add(new Acknowledged(id, name, named.status() == 201 ? alias : null));
                    }
                } catch (RuntimeException serverGone) {
                    // The kill cut the connection: an unanswered write may or may not have committed.
                } finally {
                    done.countDown();
                }
            });
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (acknowledged.size() < before + 40 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        casebook.kill(CRASHES.get(round));
        alive.set(false);
        done.await();
    }

    private static void checkEverything(HttpApi api, List<Acknowledged> acknowledged) {
        for (Acknowledged a : acknowledged) {
            JsonNode person = api.get("/api/v1/persons/" + a.publicId()).json();
            List<String> names = person.get("names")
                    .valueStream()
                    .map(n -> n.get("text").asString())
                    .toList();
            assertThat(names).as(a.publicId()).contains(a.name());
            if (a.alias() != null) {
                assertThat(names).as(a.publicId()).contains(a.alias());
            }
            List<String> found = new ArrayList<>();
            api.get("/api/v1/search?q=" + HttpApi.encode(a.name()))
                    .json()
                    .get("hits")
                    .forEach(h -> found.add(h.get("publicId").asString()));
            assertThat(found).as("search for " + a.name()).contains(a.publicId());
            long sameName = api.get("/api/v1/search?q=" + HttpApi.encode(a.name()) + "&size=50")
                    .json()
                    .get("hits")
                    .valueStream()
                    .filter(h -> h.get("names")
                            .valueStream()
                            .anyMatch(n -> n.asString().equals(a.name())))
                    .count();
            assertThat(sameName).as("persons named " + a.name()).isEqualTo(1);
        }
    }

    /** The default run must not trade acknowledged writes for speed (the library's own default is fsync off). */
    private static void assertDurable(Path postgres) throws Exception {
        String port =
                Files.readAllLines(postgres.resolve("postmaster.pid")).get(3).strip();
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                Statement sql = db.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = sql.executeQuery("show " + setting)) {
                    value.next();
                    assertThat(value.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            w.append("aeioukmnrstlz".charAt(random.nextInt(13)));
        }
        return w.toString();
    }
}
