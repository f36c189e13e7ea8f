package org.casebook.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.casebook.database.StoreDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * `casebook backup DIR` (while the server runs, or not) and `casebook restore DIR` (into a new, empty store). Both
 * read the same settings as the server (application.properties, then --name=value) and start nothing of it.
 */
public final class BackupCommand {
    private BackupCommand() {}

    /** Only the settings: no part of the application is started. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {}

    public static int run(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("usage: casebook " + args[0] + " DIR [--setting=value …]");
            return 2;
        }
        Path directory = Path.of(args[1]).toAbsolutePath();
        String[] settings = Stream.concat(
                        Stream.of("--spring.main.banner-mode=off"),
                        Arrays.stream(args).skip(2))
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(settings)) {
            Environment env = context.getEnvironment();
            Path evidence = Path.of(env.getRequiredProperty("casebook.evidence.directory"))
                    .toAbsolutePath();
            return "restore".equals(args[0]) ? restore(env, directory, evidence) : backup(env, directory, evidence);
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("casebook " + args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int backup(Environment env, Path directory, Path evidence) throws IOException, SQLException {
        if (Files.exists(directory)) {
            try (Stream<Path> inside = Files.list(directory)) {
                if (inside.findAny().isPresent()) {
                    System.err.println("casebook backup: " + directory + " is not empty; give a new folder");
                    return 2;
                }
            }
        }
        StoreDatabase.Location location = StoreDatabase.locate(env);
        try (Connection db = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password())) {
            Manifest manifest = StoreBackup.backup(db, evidence, directory, System.err::println);
            System.out.printf(
                    "Backed up to %s: schema version %s, ledger of %d entries with root %s, %d evidence files.%n"
                            + "The keys are not in it: back up the key directory separately (docs/operations.md).%n",
                    directory,
                    manifest.schemaVersion(),
                    manifest.treeHead().treeSize(),
                    manifest.treeHead().rootHash(),
                    manifest.files().size());
        }
        return 0;
    }

    private static int restore(Environment env, Path directory, Path evidence) throws IOException, SQLException {
        Manifest manifest = Manifest.read(directory);
        StoreDatabase.Location location = StoreDatabase.locate(env);
        if (!location.startedHere()
                && env.getProperty("spring.datasource.url", "").isBlank()) {
            System.err.println(
                    "casebook restore: a Casebook server is running on this data directory; restore into a new one");
            return 2;
        }
        Flyway.configure()
                .dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration")
                .target(manifest.schemaVersion())
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password())) {
            StoreBackup.restore(db, manifest, directory, evidence, System.err::println);
        }
        System.out.printf(
                "Restored from %s: ledger of %d entries with root %s, %d evidence files.%n"
                        + "Put the key directory back from its own backup before starting the server (docs/operations.md).%n",
                directory,
                manifest.treeHead().treeSize(),
                manifest.treeHead().rootHash(),
                manifest.files().size());
        return 0;
    }
}
