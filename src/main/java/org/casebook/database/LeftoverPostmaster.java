package org.casebook.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose JVM was killed keeps running and holds {@code postmaster.pid}, so the next start
 * would wait and fail. Before starting, such a server is shut down (the same as {@code pg_ctl stop}: its clients
 * are gone with the JVM, so a smart shutdown ends at once and writes a checkpoint); after starting, a watcher
 * process asks the server to stop fast as soon as the JVM that started it is gone.
 */
final class LeftoverPostmaster {
    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(90);

    private LeftoverPostmaster() {}

    /** The postmaster recorded in the directory's pid file, if that process is alive and is a PostgreSQL server. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            Path recorded = Path.of(lines.get(1).strip());
            if (!recorded.toAbsolutePath()
                    .normalize()
                    .equals(dataDirectory.toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        } catch (IOException | RuntimeException unreadable) {
            // A pid file cut short by the crash: PostgreSQL itself decides what to do with it.
            return Optional.empty();
        }
    }

    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> leftover = running(dataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn(
                "PostgreSQL (pid {}) is still running on {} after its Casebook process ended; stopping it first",
                postmaster.pid(),
                dataDirectory);
        postmaster.destroy();
        if (!waitForExit(postmaster, SHUTDOWN_WAIT)) {
            // It did not shut down in time; killing it is still safe, since the next start replays the write-ahead log.
            log.warn(
                    "PostgreSQL (pid {}) did not stop within {} s; killing it",
                    postmaster.pid(),
                    SHUTDOWN_WAIT.toSeconds());
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            waitForExit(postmaster, Duration.ofSeconds(30));
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration limit) {
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts a watcher that stops the server fast once this JVM has gone, if the server is still the one recorded
     * in the pid file (so a pid reused by another program is never signalled).
     */
    static void watchOwner(Path dataDirectory) {
        File shell = new File("/bin/sh");
        Optional<ProcessHandle> postmaster = running(dataDirectory);
        if (!shell.canExecute() || postmaster.isEmpty()) {
            return;
        }
        String script = """
                while kill -0 "$1" 2>/dev/null; do sleep 1; done
                if [ "$(head -n 1 "$3/postmaster.pid" 2>/dev/null)" = "$2" ]; then kill -INT "$2"; fi
                """;
        try {
            new ProcessBuilder(
                            shell.getPath(),
                            "-c",
                            script,
                            "casebook-postgres-watch",
                            Long.toString(ProcessHandle.current().pid()),
                            Long.toString(postmaster.get().pid()),
                            dataDirectory.toAbsolutePath().toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log.warn("Could not start the watcher that stops PostgreSQL if Casebook dies: {}", e.getMessage());
        }
    }
}
