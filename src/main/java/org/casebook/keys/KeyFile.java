package org.casebook.keys;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Key files: written whole (a temporary file moved into place) and readable by the owner only. A key that is
 * missing while data sealed or signed with it exists is never made anew: that would hide the loss and make the
 * data unreadable or the ledger unverifiable. The operator restores it instead.
 */
public final class KeyFile {
    private KeyFile() {}

    public static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Refuses to go on without a key: {@code dataExists} says whether the store holds data that needs it,
     * {@code mayCreate} whether this process may make keys at all (`verify` never does).
     */
    public static void requireCreatable(Path file, String purpose, boolean dataExists, boolean mayCreate) {
        if (dataExists) {
            throw new MissingKey(
                    "The " + purpose + " key " + file.toAbsolutePath() + " is missing, but this store already"
                            + " holds data that needs it. Casebook will not make a new one. Restore the key directory from its"
                            + " backup (docs/operations.md) or set the key's environment variable, then start again.");
        }
        if (!mayCreate) {
            throw new MissingKey("The " + purpose + " key " + file.toAbsolutePath() + " is missing, and this command"
                    + " does not create keys.");
        }
    }

    /** A key that is missing or does not match the data: Casebook stops with this message. */
    public static final class MissingKey extends IllegalStateException {
        public MissingKey(String message) {
            super(message);
        }
    }
}
