package org.casebook.ledger;

import org.casebook.ledger.proof.Ed25519;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The Ed25519 key that signs tree heads. Generated at first start and kept in the key directory, readable by the
 * owner only; the public half is published at /api/public/v1/ledger/key.
 */
@Component
public class LedgerKeys {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public LedgerKeys(@Value("${casebook.ledger.key-directory}") String directory) {
        try {
            Path dir = Path.of(directory);
            Path privateFile = dir.resolve("tree-head-signing.pk8");
            Path publicFile = dir.resolve("tree-head-signing.pub");
            if (!Files.exists(privateFile)) {
                generate(dir, privateFile, publicFile);
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            publicKey = keys.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the ledger signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The ledger signing key in " + directory + " is not a valid Ed25519 key", e);
        }
    }

    private static void generate(Path dir, Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = dir.resolve("tree-head-signing.pk8.tmp");
        if (posix) {
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(temp, pair.getPrivate().getEncoded());
        Files.write(publicFile, pair.getPublic().getEncoded());
        Files.move(temp, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
        return org.casebook.ledger.proof.Hex.of(org.casebook.ledger.proof.Merkle.sha256().digest(publicKeyRaw()));
    }
}
