package org.casebook.ledger.proof;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed tree head: the log's promise that its first {@code size} entries hash to {@code rootHash}. The signed
 * message is the UTF-8 text of {@link #signedText()}, so any tool can rebuild it byte for byte.
 */
public record TreeHead(long size, byte[] rootHash, Instant issuedAt, byte[] signature) {

    public String signedText() {
        return "casebook-tree-head:v1\n" + size + "\n" + Hex.of(rootHash) + "\n" + issuedAt + "\n";
    }

    public byte[] signedBytes() {
        return signedText().getBytes(StandardCharsets.UTF_8);
    }

    public boolean signatureHolds(byte[] publicKey) {
        return Ed25519.verify(publicKey, signedBytes(), signature);
    }
}
