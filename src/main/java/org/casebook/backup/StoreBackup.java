package org.casebook.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casebook.ledger.StoreState;
import org.casebook.ledger.proof.Hex;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent logical copy of the whole store through JDBC, so no PostgreSQL tools of a matching version are
 * needed: every table copied out inside one repeatable-read snapshot (writers go on meanwhile), the sequences read
 * after it, then the evidence files (immutable and written before their rows commit, so every file a row of the
 * snapshot names is there), each with its SHA-256 in the manifest. Keys are never part of it (docs/operations.md).
 */
final class StoreBackup {
    static final String MIGRATIONS_TABLE = "flyway_schema_history";

    private StoreBackup() {}

    static Manifest backup(Connection db, Path evidence, Path target, Consumer<String> progress)
            throws IOException, SQLException {
        Files.createDirectories(target.resolve("tables"));
        db.setAutoCommit(false);
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        db.setReadOnly(true);
        List<Manifest.Table> tables = new ArrayList<>();
        String schemaVersion;
        Manifest.Head head;
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        try (Statement sql = db.createStatement()) {
            schemaVersion = single(
                    sql,
                    "select version from " + MIGRATIONS_TABLE
                            + " where success and version is not null order by installed_rank desc limit 1");
            head = treeHead(sql);
            for (String table : tables(sql)) {
                Path file = target.resolve("tables").resolve(table + ".csv");
                MessageDigest sha = sha256();
                long rows;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                    rows = copy.copyOut("copy " + table + " to stdout with (format csv, header true)", out);
                }
                tables.add(new Manifest.Table(table, rows, Hex.of(sha.digest())));
                progress.accept(table + ": " + rows + " rows");
            }
            db.commit();
        } finally {
            db.setReadOnly(false);
            db.setAutoCommit(true);
        }
        Map<String, Long> sequences = sequences(db);
        List<Manifest.File> files = copyFiles(evidence, target.resolve("evidence"), progress);
        Manifest manifest =
                new Manifest(Manifest.FORMAT, Instant.now().toString(), schemaVersion, head, tables, sequences, files);
        manifest.write(target);
        return manifest;
    }

    /** Restores into an empty store migrated to the backup's schema version; refuses a store that holds data. */
    static void restore(Connection db, Manifest manifest, Path source, Path evidence, Consumer<String> progress)
            throws IOException, SQLException {
        manifest.check(source);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            if (StoreState.holdsRecords(sql)) {
                throw new IllegalStateException("The database to restore into already holds records; restore into an"
                        + " empty one (a new data directory, or a new external database)");
            }
            sql.execute("set local session_replication_role = replica");
            List<String> restored = manifest.tables().stream()
                    .map(Manifest.Table::name)
                    .filter(t -> !t.equals(MIGRATIONS_TABLE))
                    .toList();
            sql.execute("truncate " + String.join(", ", restored));
            for (String table : restored) {
                try (InputStream in =
                        Files.newInputStream(source.resolve("tables").resolve(table + ".csv"))) {
                    long rows = copy.copyIn("copy " + table + " from stdin with (format csv, header true)", in);
                    progress.accept(table + ": " + rows + " rows");
                }
            }
            for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
                sql.execute("select setval('" + sequence.getKey().replace("'", "''") + "', " + sequence.getValue()
                        + ", true)");
            }
            db.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        for (Manifest.File file : manifest.files()) {
            Path to = evidence.resolve(file.path());
            Files.createDirectories(to.getParent());
            Files.copy(source.resolve("evidence").resolve(file.path()), to, StandardCopyOption.REPLACE_EXISTING);
        }
        progress.accept(manifest.files().size() + " evidence files");
    }

    private static List<String> tables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs =
                sql.executeQuery("select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Manifest.Head treeHead(Statement sql) throws SQLException {
        return StoreState.latestTreeHead(sql)
                .map(h -> new Manifest.Head(h.treeSize(), Hex.of(h.rootHash())))
                .orElse(new Manifest.Head(0, null));
    }

    /** Read after the snapshot: a sequence is never behind the rows it numbered, gaps are harmless. */
    private static Map<String, Long> sequences(Connection db) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery(
                        "select sequencename, last_value from pg_sequences where schemaname = 'public' and last_value is not null order by 1")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    private static List<Manifest.File> copyFiles(Path evidence, Path target, Consumer<String> progress)
            throws IOException {
        List<Manifest.File> files = new ArrayList<>();
        if (!Files.isDirectory(evidence)) {
            return files;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(evidence)) {
            all = walk.filter(Files::isRegularFile)
                    .filter(p -> !evidence.relativize(p).startsWith("tmp"))
                    .sorted()
                    .toList();
        }
        for (Path file : all) {
            String relative = evidence.relativize(file).toString().replace('\\', '/');
            Path to = target.resolve(relative);
            Files.createDirectories(to.getParent());
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                Files.copy(in, to);
            }
            files.add(new Manifest.File(relative, Files.size(to), Hex.of(sha.digest())));
        }
        progress.accept(files.size() + " evidence files");
        return files;
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
