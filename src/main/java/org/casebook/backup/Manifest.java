package org.casebook.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.casebook.ledger.proof.Hex;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds and the SHA-256 of each part; written last, so a backup without it is incomplete. The signed
 * tree head it names is the ledger's state in the snapshot: after a restore, the ledger has a head of that size with
 * that root.
 */
record Manifest(
        String format,
        String createdAt,
        String schemaVersion,
        Head treeHead,
        List<Table> tables,
        Map<String, Long> sequences,
        List<File> files) {
    static final String FORMAT = "casebook-backup/1";
    static final String NAME = "manifest.json";
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Head(long treeSize, String rootHash) {}

    record Table(String name, long rows, String sha256) {}

    record File(String path, long size, String sha256) {}

    void write(Path directory) throws IOException {
        Path temp = directory.resolve(NAME + ".tmp");
        Files.writeString(temp, JSON.writeValueAsString(this));
        Files.move(temp, directory.resolve(NAME), StandardCopyOption.ATOMIC_MOVE);
    }

    static Manifest read(Path directory) throws IOException {
        Path file = directory.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(directory + " holds no " + NAME + ": it is not a Casebook backup, or the"
                    + " backup did not finish");
        }
        Manifest manifest = JSON.readValue(Files.readString(file), Manifest.class);
        if (!FORMAT.equals(manifest.format())) {
            throw new IllegalArgumentException(file + " is of format " + manifest.format() + ", not " + FORMAT);
        }
        return manifest;
    }

    /** Every table file and evidence file must hash as recorded before anything is restored. */
    void check(Path directory) throws IOException {
        for (Table table : tables) {
            require(
                    directory.resolve("tables").resolve(table.name() + ".csv"),
                    table.sha256(),
                    "table " + table.name());
        }
        for (File file : files) {
            require(directory.resolve("evidence").resolve(file.path()), file.sha256(), "evidence file " + file.path());
        }
    }

    private static void require(Path file, String sha256, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The backup's " + what + " is missing: " + file);
        }
        MessageDigest sha = StoreBackup.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (!Hex.of(sha.digest()).equals(sha256)) {
            throw new IllegalArgumentException("The backup's " + what + " does not hash as its manifest says: it was"
                    + " changed or damaged after the backup");
        }
    }
}
