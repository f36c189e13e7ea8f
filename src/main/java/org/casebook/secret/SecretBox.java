package org.casebook.secret;

import com.google.crypto.tink.Aead;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Seals secret values with AES-256-GCM. The associated data names where a value belongs (record and field), so a
 * sealed value copied into another row or field does not open. Key from CASEBOOK_SECRET_KEY (Tink JSON keyset) or
 * the key file; rotation is described in docs/security.md.
 */
@Component
public class SecretBox {
    private final Aead aead;

    SecretBox(@Value("${casebook.secrets.key-file}") String keyFile) {
        this.aead = Keysets.aead("CASEBOOK_SECRET_KEY", keyFile, "secret values");
    }

    public String seal(String plaintext, String place) {
        try {
            return Base64.getEncoder().encodeToString(
                    aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), place.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret value", e);
        }
    }

    public String open(String sealed, String place) {
        try {
            return new String(aead.decrypt(Base64.getDecoder().decode(sealed), place.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never include the value or the key material: this message may reach a log.
            throw new IllegalStateException("A secret value at " + place + " does not open with the current keys");
        }
    }
}
