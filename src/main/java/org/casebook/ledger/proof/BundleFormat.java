package org.casebook.ledger.proof;

import java.nio.charset.StandardCharsets;

/**
 * What a Casebook evidence bundle is, for the exporter and the verifier alike (docs/ledger.md, "Bundles").
 * The zip's comment carries an Ed25519 signature over the SHA-256 of every byte before the comment, so that no
 * byte of the archive (names, headers, central directory) can change unnoticed.
 */
public final class BundleFormat {
    public static final String FORMAT = "casebook-evidence-bundle/1";
    public static final String MANIFEST = "manifest.json";
    public static final String COMMENT_PREFIX = "casebook-bundle-signature:ed25519:";
    /** A signature is 64 bytes, so the comment always has this length and can be filled in after the fact. */
    public static final int COMMENT_LENGTH = COMMENT_PREFIX.length() + 128;

    private BundleFormat() {}

    public static byte[] signedMessage(byte[] prefixSha256) {
        return ("casebook-bundle:v1\n" + Hex.of(prefixSha256) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
