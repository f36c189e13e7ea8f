package org.casebook.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;
import org.casebook.keys.KeyFile;
import org.casebook.ledger.proof.Ed25519;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.TreeHead;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs tree heads. Generated at first start and kept in the key directory, readable by the
 * owner only; the public half is published at /api/public/v1/ledger/key.
 */
/* Reads the database when made, so after Flyway has migrated it. */
@Component
@DependsOnDatabaseInitialization
public class LedgerKeys {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public LedgerKeys(
            @Value("${casebook.ledger.key-directory}") String directory,
            @Value("${casebook.keys.create-missing:true}") boolean mayCreate,
            JdbcClient jdbc) {
        Path dir = Path.of(directory);
        Path privateFile = dir.resolve("tree-head-signing.pk8");
        Path publicFile = dir.resolve("tree-head-signing.pub");
        Optional<TreeHead> latest = jdbc.sql("select * from tree_head order by tree_size desc limit 1")
                .query(Ledger::mapHead)
                .optional();
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                KeyFile.requireCreatable(
                        Files.exists(privateFile) ? publicFile : privateFile,
                        "ledger signing",
                        latest.isPresent(),
                        mayCreate);
                generate(privateFile, publicFile);
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            publicKey = keys.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the ledger signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The ledger signing key in " + directory + " is not a valid Ed25519 key", e);
        }
        if (!halvesMatch()) {
            throw new KeyFile.MissingKey(
                    "The ledger's private signing key " + privateFile.toAbsolutePath() + " is not the"
                            + " half of its public key " + publicFile.toAbsolutePath()
                            + ". Restore both from the key directory's"
                            + " backup (docs/operations.md).");
        }
        latest.filter(head -> !head.signatureHolds(publicKeyRaw())).ifPresent(head -> {
            throw new KeyFile.MissingKey("The ledger signing key in " + dir.toAbsolutePath() + " (fingerprint "
                    + fingerprint()
                    + ") did not sign this ledger's tree heads. Restore the key directory from its backup"
                    + " (docs/operations.md).");
        });
    }

    private static void generate(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyFile.write(publicFile, pair.getPublic().getEncoded());
        KeyFile.write(privateFile, pair.getPrivate().getEncoded());
    }

    /** Whether the private key signs what the public key verifies: a replaced private key alone would not. */
    public boolean halvesMatch() {
        try {
            byte[] probe = "casebook-key-check".getBytes(StandardCharsets.UTF_8);
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(sign(probe));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public byte[] publicKeyRaw() {
        return Ed25519.raw(publicKey);
    }

    /** SHA-256 of the raw public key, hex: what people compare to trust a bundle or a tree head. */
    public String fingerprint() {
        return Hex.of(Merkle.sha256().digest(publicKeyRaw()));
    }
}
