package org.casebook;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.account.Totp;

/**
 * The packaged jar run as an operator runs it: commands and servers on one data folder of their own, each in a
 * JVM of its own, so a test can kill one the way a crash would.
 */
public final class PackagedServer {
    private static final Path JAR = Path.of(System.getProperty("casebook.jar", "target/casebook-0.1.0-SNAPSHOT.jar"));

    private final Path data;
    private final List<String> settings;
    private Process server;
    private int port;
    private int starts;

    public PackagedServer(Path data) {
        this.data = data;
        this.settings = List.of(
                "--casebook.embedded-database.directory=" + data.resolve("postgres"),
                "--casebook.ledger.key-directory=" + data.resolve("keys"),
                "--casebook.evidence.directory=" + data.resolve("evidence"),
                "--casebook.evidence.master-key-file=" + data.resolve("keys/evidence-master.json"),
                "--casebook.secrets.key-file=" + data.resolve("keys/secrets.json"),
                "--casebook.secrets.match-key-file=" + data.resolve("keys/match.json"),
                "--casebook.search.directory=" + data.resolve("search"));
    }

    public Path data() {
        return data;
    }

    public int port() {
        return port;
    }

    public record Run(int exit, String output) {}

    /** Runs a command of the jar (create-admin, verify, …) to its end. */
    public Run command(String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(javaCommand(List.of(args)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    public record FirstAdmin(String output, String password, String totpKey) {}

    /** `create-admin NAME`, which must succeed, with the password and TOTP key it printed once. */
    public FirstAdmin createAdmin(String name) throws IOException, InterruptedException {
        Run created = command("create-admin", name);
        if (created.exit() != 0) {
            throw new AssertionError("create-admin failed: " + created.output());
        }
        return new FirstAdmin(
                created.output(),
                find(created.output(), "Password \\(change it after signing in\\): (\\S+)"),
                find(created.output(), "TOTP key for your authenticator app:\\s+([A-Z2-7]+)"));
    }

    /** Signs the admin in through the pages and makes a write token for the API, as an operator would. */
    public String writeToken(WebSession web, FirstAdmin admin, String adminName) {
        // A code is accepted once: a server restored from a backup made within the same half minute remembers the
        // step already used, so a refused sign-in waits for the next step and tries again.
        for (int attempt = 0; ; attempt++) {
            web.signIn(adminName, admin.password(), Totp.code(admin.totpKey(), Totp.step(Instant.now()) + 1));
            WebSession.Page account = web.get("/app/account");
            if ((account.status() == 200 && account.uri().endsWith("/app/account")) || attempt == 2) {
                break;
            }
            try {
                Thread.sleep(31_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return find(
                web.post("/app/account/tokens", Map.of("name", "tests", "scope", "write"))
                        .body(),
                "id=\"new-token\">([^<]+)<");
    }

    /** Starts the server (without the demo data unless asked) and waits until it answers. */
    public WebSession start(String... extra) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--casebook.demo-data.enabled=false"));
        args.addAll(List.of(extra));
        starts++;
        server = new ProcessBuilder(javaCommand(args))
                .redirectErrorStream(true)
                .redirectOutput(log().toFile())
                .start();
        WebSession web = new WebSession(port);
        for (int i = 0; i < 480; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(log()));
            }
            try {
                if (web.get("/login").status() == 200) {
                    return web;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start: " + Files.readString(log()));
    }

    public Path log() {
        return data.resolve("server-" + starts + ".log");
    }

    /** What a crash takes down with the server's JVM. */
    public enum Crash {
        /** The JVM alone; its watcher then stops PostgreSQL. */
        JVM,
        /** The JVM and its own child processes (the watcher), as where nothing watches: PostgreSQL is left running. */
        JVM_AND_CHILDREN,
        /** The JVM and PostgreSQL together, as a power loss would: the next start recovers from the write-ahead log. */
        JVM_AND_DATABASE
    }

    /** kill -9: no shutdown hook runs. */
    public void kill(Crash crash) throws Exception {
        if (crash == Crash.JVM_AND_CHILDREN) {
            server.toHandle().children().forEach(ProcessHandle::destroyForcibly);
        }
        if (crash == Crash.JVM_AND_DATABASE) {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                    .getFirst()
                    .strip());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
                postmaster.destroyForcibly();
            });
        }
        server.destroyForcibly();
        server.waitFor();
    }

    /** A clean stop (SIGTERM): the shutdown hooks close the index and stop PostgreSQL. */
    public void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor();
        }
    }

    public static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in: " + text);
        }
        return m.group(1);
    }

    private List<String> javaCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toString()));
        command.addAll(args);
        command.addAll(settings);
        return command;
    }
}
