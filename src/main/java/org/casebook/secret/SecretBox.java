package org.casebook.secret;

import com.google.crypto.tink.Aead;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.casebook.keys.KeyFile;
import org.casebook.keys.Keysets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals secret values with AES-256-GCM. The associated data names where a value belongs (record and field), so a
 * sealed value copied into another row or field does not open. Key from CASEBOOK_SECRET_KEY (Tink JSON keyset) or
 * the key file; rotation is described in docs/security.md.
 */
@Component
@DependsOnDatabaseInitialization
public class SecretBox {
    private final Aead aead;

    /**
     * A capability that keeps values sealed with this box in its own tables (accounts keep their TOTP keys), so a
     * missing key is not made anew over them and a wrong key is refused before anything is sealed with it.
     */
    public interface SealedElsewhere {
        /** The newest value this capability sealed, with the place it was sealed for. */
        Optional<Sealed> newestSealed();
    }

    public record Sealed(String value, String place) {}

    public SecretBox(
            @Value("${casebook.secrets.key-file}") String keyFile,
            @Value("${casebook.keys.create-missing:true}") boolean mayCreate,
            JdbcClient jdbc,
            List<SealedElsewhere> elsewhere) {
        List<Sealed> newest =
                elsewhere.stream().flatMap(e -> e.newestSealed().stream()).toList();
        boolean sealed = !newest.isEmpty()
                || jdbc.sql("select exists (select 1 from secret_value)")
                        .query(Boolean.class)
                        .single();
        this.aead =
                Keysets.aead("CASEBOOK_SECRET_KEY", keyFile, "secret values", new Keysets.Missing(sealed, mayCreate));
        newest.forEach(value -> requireOpens(value.value(), value.place()));
    }

    /** Stops Casebook when the key in use does not open what the store sealed with the key it had. */
    public void requireOpens(String sealed, String place) {
        try {
            open(sealed, place);
        } catch (IllegalStateException e) {
            throw new KeyFile.MissingKey(
                    "The secret values key (casebook.secrets.key-file or CASEBOOK_SECRET_KEY) does"
                            + " not open this store's secret values. Restore the key directory from its backup (docs/operations.md).");
        }
    }

    public String seal(String plaintext, String place) {
        try {
            return Base64.getEncoder()
                    .encodeToString(aead.encrypt(
                            plaintext.getBytes(StandardCharsets.UTF_8), place.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret value", e);
        }
    }

    public String open(String sealed, String place) {
        try {
            return new String(
                    aead.decrypt(Base64.getDecoder().decode(sealed), place.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never include the value or the key material: this message may reach a log.
            throw new IllegalStateException("A secret value at " + place + " does not open with the current keys");
        }
    }
}
