package org.casebook.evidence;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import org.casebook.secret.Keysets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
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
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink streaming encryption is unavailable", e);
        }
        master = Keysets.aead("CASEBOOK_EVIDENCE_MASTER_KEY", keyFile, "evidence master");
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
