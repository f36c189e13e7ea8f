package org.casebook.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Where a command that works below the application (backup, restore) finds the database: the external PostgreSQL
 * when {@code spring.datasource.url} is set; the embedded one of a running Casebook, reached on the port its pid file
 * names, so a backup can run while the server serves; or else the embedded one started here.
 */
public final class StoreDatabase {
    private StoreDatabase() {}

    public record Location(String jdbcUrl, String user, String password, boolean startedHere) {}

    public static Location locate(Environment settings) {
        String url = settings.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) {
            return new Location(
                    url,
                    settings.getProperty("spring.datasource.username"),
                    settings.getProperty("spring.datasource.password"),
                    false);
        }
        String directory = settings.getProperty("casebook.embedded-database.directory", "");
        Optional<String> running = directory.isBlank()
                ? Optional.empty()
                : runningPort(Path.of(directory).toAbsolutePath());
        if (running.isPresent()) {
            return new Location(
                    "jdbc:postgresql://localhost:" + running.get() + "/postgres", "postgres", "postgres", false);
        }
        return new Location(
                EmbeddedDatabase.jdbcUrl(
                        directory, settings.getProperty("casebook.embedded-database.durable", Boolean.class, true)),
                "postgres",
                "postgres",
                true);
    }

    /** The port of a PostgreSQL running on this data directory (its pid file's fourth line), if one runs. */
    private static Optional<String> runningPort(Path directory) {
        return LeftoverPostmaster.running(directory).flatMap(p -> {
            try {
                return Optional.of(Files.readAllLines(directory.resolve("postmaster.pid"))
                        .get(3)
                        .strip());
            } catch (IOException | IndexOutOfBoundsException e) {
                return Optional.empty();
            }
        });
    }
}
