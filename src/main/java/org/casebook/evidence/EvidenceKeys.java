package org.casebook.evidence;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * Envelope encryption for evidence: each file gets its own AES-256-GCM streaming key (Tink, 1 MB segments),
 * stored wrapped by the master key. The master keyset comes from the environment variable
 * CASEBOOK_EVIDENCE_MASTER_KEY (Tink JSON) or a key file created at first start with owner-only permissions.
 * Rotation: add a new primary key to the master keyset; old wrapped keys still open (docs/ledger.md).
 */
@Component
class EvidenceKeys {
    private static final byte[] WRAP_CONTEXT = "casebook-evidence-key".getBytes(StandardCharsets.UTF_8);
    private final Aead master;

    EvidenceKeys(@Value("${casebook.evidence.master-key-file}") String keyFile) {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
            String fromEnvironment = System.getenv("CASEBOOK_EVIDENCE_MASTER_KEY");
            KeysetHandle keyset = fromEnvironment != null && !fromEnvironment.isBlank()
                    ? TinkJsonProtoKeysetFormat.parseKeyset(fromEnvironment, InsecureSecretKeyAccess.get())
                    : loadOrCreate(Path.of(keyFile));
            master = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The evidence master key is not a valid Tink AEAD keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the evidence master key " + keyFile, e);
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

    record FileKey(StreamingAead cipher, byte[] wrapped) {
    }

    FileKey newFileKey() {
        try {
            KeysetHandle key = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            return new FileKey(key.getPrimitive(RegistryConfiguration.get(), StreamingAead.class),
                    TinkProtoKeysetFormat.serializeEncryptedKeyset(key, master, WRAP_CONTEXT));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make a file key", e);
        }
    }

    StreamingAead open(byte[] wrapped) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, WRAP_CONTEXT)
                .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }
}
