package org.casebook.secret;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * AES-256-GCM keysets (Tink) from an environment variable or a key file made at first start with owner-only
 * permissions. A keyset may hold several keys: the primary one seals, all of them open, which is how keys rotate.
 */
public final class Keysets {
    private Keysets() {
    }

    public static Aead aead(String environmentVariable, String keyFile, String purpose) {
        try {
            AeadConfig.register();
            String fromEnvironment = System.getenv(environmentVariable);
            KeysetHandle keyset = fromEnvironment != null && !fromEnvironment.isBlank()
                    ? TinkJsonProtoKeysetFormat.parseKeyset(fromEnvironment, InsecureSecretKeyAccess.get())
                    : loadOrCreate(Path.of(keyFile));
            return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The " + purpose + " key is not a valid Tink AEAD keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + purpose + " key " + keyFile, e);
        }
    }

    private static KeysetHandle loadOrCreate(Path file) throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            KeysetHandle created = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temp, TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get()));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }
}
