package org.casebook.evidence;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.casebook.keys.KeyFile;
import org.casebook.keys.Keysets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption for evidence: each file gets its own AES-256-GCM streaming key (Tink, 1 MB segments),
 * stored wrapped by the master key. The master keyset comes from the environment variable
 * CASEBOOK_EVIDENCE_MASTER_KEY (Tink JSON) or a key file created at first start with owner-only permissions.
 * Rotation: add a new primary key to the master keyset; old wrapped keys still open (docs/ledger.md).
 */
@Component
@DependsOnDatabaseInitialization
class EvidenceKeys {
    private static final byte[] WRAP_CONTEXT = "casebook-evidence-key".getBytes(StandardCharsets.UTF_8);
    private final Aead master;

    EvidenceKeys(
            @Value("${casebook.evidence.master-key-file}") String keyFile,
            @Value("${casebook.keys.create-missing:true}") boolean mayCreate,
            JdbcClient jdbc) {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink streaming encryption is unavailable", e);
        }
        boolean stored = jdbc.sql("select exists (select 1 from evidence)")
                .query(Boolean.class)
                .single();
        master = Keysets.aead(
                "CASEBOOK_EVIDENCE_MASTER_KEY", keyFile, "evidence master", new Keysets.Missing(stored, mayCreate));
        jdbc.sql("select wrapped_key from evidence order by id desc limit 1")
                .query(byte[].class)
                .optional()
                .ifPresent(newest -> {
                    try {
                        open(newest);
                    } catch (GeneralSecurityException e) {
                        throw new KeyFile.MissingKey("The evidence master key (casebook.evidence.master-key-file or"
                                + " CASEBOOK_EVIDENCE_MASTER_KEY) does not open this store's file keys. Restore the key directory"
                                + " from its backup (docs/operations.md).");
                    }
                });
    }

    record FileKey(StreamingAead cipher, byte[] wrapped) {}

    FileKey newFileKey() {
        try {
            KeysetHandle key = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            return new FileKey(
                    key.getPrimitive(RegistryConfiguration.get(), StreamingAead.class),
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
