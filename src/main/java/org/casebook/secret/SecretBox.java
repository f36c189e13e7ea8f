package org.casebook.secret;

import com.google.crypto.tink.Aead;
import org.casebook.ledger.KeyFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

/**
 * Seals secret values with AES-256-GCM. The associated data names where a value belongs (record and field), so a
 * sealed value copied into another row or field does not open. Key from CASEBOOK_SECRET_KEY (Tink JSON keyset) or
 * the key file; rotation is described in docs/security.md.
 */
@Component
@DependsOnDatabaseInitialization
public class SecretBox {
    /** Where an account's TOTP key is sealed (with the account's id after a slash). */
    public static final String TOTP_PLACE = "account/totp";
    private final Aead aead;

    SecretBox(@Value("${casebook.secrets.key-file}") String keyFile,
              @Value("${casebook.keys.create-missing:true}") boolean mayCreate, JdbcClient jdbc) {
        boolean sealed = jdbc.sql("""
                select exists (select 1 from secret_value) or exists (select 1 from account where totp_secret is not null)""")
                .query(Boolean.class).single();
        this.aead = Keysets.aead("CASEBOOK_SECRET_KEY", keyFile, "secret values", new Keysets.Missing(sealed, mayCreate));
        jdbc.sql("select id, totp_secret from account where totp_secret is not null order by id desc limit 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional()
                .ifPresent(newest -> requireOpens(newest.getValue(), TOTP_PLACE + "/" + newest.getKey()));
    }

    /** Stops Casebook when the key in use does not open what the store sealed with the key it had. */
    void requireOpens(String sealed, String place) {
        try {
            open(sealed, place);
        } catch (IllegalStateException e) {
            throw new KeyFile.MissingKey("The secret values key (casebook.secrets.key-file or CASEBOOK_SECRET_KEY) does"
                    + " not open this store's secret values. Restore the key directory from its backup (docs/operations.md).");
        }
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
