package org.casebook.account;

import org.casebook.WebSession;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin, as the README tells an operator to make one: `create-admin` on the packaged jar against a
 * fresh data folder, then the server started on that folder and a sign-in with the printed password and TOTP key.
 */
class CreateAdminPackagedTest {
    private static final Path JAR = Path.of(System.getProperty("casebook.jar", "target/casebook-0.1.0-SNAPSHOT.jar"));

    @Test
    void theFirstAdminIsMadeOnTheCommandLineAndCanSignIn() throws Exception {
        Path data = Files.createTempDirectory("casebook-first-admin");
        List<String> settings = List.of("--casebook.embedded-database.directory=" + data.resolve("postgres"),
                "--casebook.ledger.key-directory=" + data.resolve("keys"),
                "--casebook.evidence.directory=" + data.resolve("evidence"),
                "--casebook.evidence.master-key-file=" + data.resolve("keys/evidence-master.json"),
                "--casebook.secrets.key-file=" + data.resolve("keys/secrets.json"),
                "--casebook.secrets.match-key-file=" + data.resolve("keys/match.json"),
                "--casebook.search.directory=" + data.resolve("search"));

        Run created = run(command(List.of("create-admin", "ayse"), settings));
        assertThat(created.exit()).as(created.output()).isZero();
        String password = find(created.output(), "Password \\(change it after signing in\\): (\\S+)");
        String key = find(created.output(), "TOTP key for your authenticator app:\\s+([A-Z2-7]+)");
        assertThat(created.output()).contains("Recovery codes");

        Run again = run(command(List.of("create-admin", "other"), settings));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("an admin account already exists");

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> serve = new ArrayList<>(settings);
        serve.add("--server.port=" + port);
        serve.add("--casebook.demo-data.enabled=false");
        Process server = new ProcessBuilder(command(List.of(), serve)).redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile()).start();
        try {
            WebSession web = new WebSession(port);
            waitForServer(web, server, data);
            WebSession.Page in = web.signIn("ayse", password, Totp.code(key, Totp.step(Instant.now()) + 1));
            assertThat(in.uri()).endsWith("/app/persons");
            assertThat(in.body()).contains("ayse");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void waitForServer(WebSession web, Process server, Path data) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(data.resolve("server.log")));
            }
            try {
                if (web.get("/login").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not start: " + Files.readString(data.resolve("server.log")));
    }

    private static List<String> command(List<String> args, List<String> settings) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(args);
        command.addAll(settings);
        return command;
    }

    record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
