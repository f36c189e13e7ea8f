package org.casebook.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * AES-256-GCM and HMAC keysets (Tink) from an environment variable or a key file made at first start with owner-only
 * permissions. A keyset may hold several keys: the primary one seals, all of them open, which is how keys rotate.
 */
public final class Keysets {
    private Keysets() {}

    /**
     * What to do when the key file is missing: {@code dataExists} says the store holds data made with the key (then
     * Casebook stops and asks for the key to be restored), {@code mayCreate} whether this process may make keys.
     */
    public record Missing(boolean dataExists, boolean mayCreate) {}

    public static Aead aead(String environmentVariable, String keyFile, String purpose, Missing missing) {
        return primitive(
                environmentVariable, keyFile, purpose, PredefinedAeadParameters.AES256_GCM, Aead.class, missing);
    }

    /** HMAC-SHA256 keysets, for keyed digests that let equal values be found without storing them in the clear. */
    public static Mac mac(String environmentVariable, String keyFile, String purpose, Missing missing) {
        return primitive(
                environmentVariable,
                keyFile,
                purpose,
                PredefinedMacParameters.HMAC_SHA256_256BITTAG,
                Mac.class,
                missing);
    }

    private static <P> P primitive(
            String environmentVariable,
            String keyFile,
            String purpose,
            Parameters kind,
            Class<P> type,
            Missing missing) {
        try {
            AeadConfig.register();
            MacConfig.register();
            return keyset(environmentVariable, keyFile, purpose, kind, missing)
                    .getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The " + purpose + " key is not a valid Tink " + type.getSimpleName() + " keyset", e);
        }
    }

    private static KeysetHandle keyset(
            String environmentVariable, String keyFile, String purpose, Parameters kind, Missing missing)
            throws GeneralSecurityException {
        try {
            String fromEnvironment = System.getenv(environmentVariable);
            return fromEnvironment != null && !fromEnvironment.isBlank()
                    ? TinkJsonProtoKeysetFormat.parseKeyset(fromEnvironment, InsecureSecretKeyAccess.get())
                    : loadOrCreate(Path.of(keyFile), kind, purpose, missing);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the " + purpose + " key " + keyFile, e);
        }
    }

    private static KeysetHandle loadOrCreate(Path file, Parameters kind, String purpose, Missing missing)
            throws IOException, GeneralSecurityException {
        if (!Files.exists(file)) {
            KeyFile.requireCreatable(file, purpose, missing.dataExists(), missing.mayCreate());
            KeysetHandle created = KeysetHandle.generateNew(kind);
            KeyFile.write(
                    file,
                    TinkJsonProtoKeysetFormat.serializeKeyset(created, InsecureSecretKeyAccess.get())
                            .getBytes(StandardCharsets.UTF_8));
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
    }
}
