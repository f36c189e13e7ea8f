package org.casebook.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.evidence.EvidenceBundleFiles;
import org.casebook.ledger.CanonicalJson;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.LedgerKeys;
import org.casebook.ledger.proof.BundleFormat;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.TreeHead;
import org.springframework.stereotype.Component;

/**
 * Writes an evidence bundle (docs/ledger.md): the README, each ledger entry with its inclusion proof in one signed
 * tree head, the files, the manifest, and a signature over the whole archive. Internal and public bundles differ
 * only in which entries and files they are given.
 */
@Component
class BundleWriter {
    /** Fixed entry times keep a bundle's bytes the same for the same content. */
    private static final long ZIP_TIME = 315532800000L + 86_400_000L;

    private final Ledger ledger;
    private final LedgerKeys keys;
    private final Clock clock;

    BundleWriter(Ledger ledger, LedgerKeys keys, Clock clock) {
        this.ledger = ledger;
        this.keys = keys;
        this.clock = clock;
    }

    Path write(
            String subject,
            TreeHead head,
            Collection<Ledger.Leaf> leaves,
            List<EvidenceBundleFiles.File> files,
            String readme)
            throws IOException {
        Path zipFile = Files.createTempFile("casebook-bundle", ".zip");
        List<Map<String, Object>> entryList = new ArrayList<>();
        List<Map<String, Object>> fileList = new ArrayList<>();
        try (OutputStream raw = Files.newOutputStream(zipFile);
                ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setComment("x".repeat(BundleFormat.COMMENT_LENGTH));
            put(zip, "README.txt", readme.getBytes(StandardCharsets.UTF_8));
            fileList.add(Map.of(
                    "path",
                    "README.txt",
                    "sha256",
                    sha256Hex(readme.getBytes(StandardCharsets.UTF_8)),
                    "logged",
                    false));
            for (Ledger.Leaf leaf : leaves) {
                byte[] entry = ledger.entry(leaf)
                        .orElseThrow(() -> new IllegalStateException(
                                "the row behind ledger entry " + leaf.index() + " is gone; run casebook verify"));
                String path = "entries/%012d.json".formatted(leaf.index());
                put(zip, path, entry);
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("path", path);
                item.put("leafIndex", leaf.index());
                item.put(
                        "proof",
                        ledger.inclusionProof(leaf.index(), head.size()).stream()
                                .map(Hex::of)
                                .toList());
                entryList.add(item);
            }
            for (EvidenceBundleFiles.File file : files) {
                String path = "files/" + file.sha256() + file.extension();
                zip.putNextEntry(entry(path));
                file.writeTo(zip);
                zip.closeEntry();
                fileList.add(Map.of("path", path, "sha256", file.sha256(), "logged", true));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", BundleFormat.FORMAT);
            manifest.put("subject", subject);
            manifest.put("createdAt", clock.instant().toString());
            manifest.put("publicKey", Hex.of(keys.publicKeyRaw()));
            manifest.put(
                    "treeHead",
                    Map.of(
                            "treeSize",
                            head.size(),
                            "rootHash",
                            Hex.of(head.rootHash()),
                            "issuedAt",
                            head.issuedAt().toString(),
                            "signature",
                            Hex.of(head.signature())));
            manifest.put("entries", entryList);
            manifest.put("files", fileList);
            put(zip, BundleFormat.MANIFEST, CanonicalJson.write(manifest).getBytes(StandardCharsets.UTF_8));
        }
        sign(zipFile);
        return zipFile;
    }

    /** Signs the SHA-256 of every byte before the comment and writes the signature into the comment. */
    private void sign(Path zipFile) throws IOException {
        long commentStart = Files.size(zipFile) - BundleFormat.COMMENT_LENGTH;
        MessageDigest sha = Merkle.sha256();
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(zipFile), sha)) {
            byte[] buffer = new byte[64 * 1024];
            long left = commentStart;
            while (left > 0) {
                left -= in.read(buffer, 0, (int) Math.min(buffer.length, left));
            }
        }
        byte[] signature = keys.sign(BundleFormat.signedMessage(sha.digest()));
        try (RandomAccessFile file = new RandomAccessFile(zipFile.toFile(), "rw")) {
            file.seek(commentStart);
            file.write((BundleFormat.COMMENT_PREFIX + Hex.of(signature)).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        zip.putNextEntry(entry(path));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static ZipEntry entry(String path) {
        ZipEntry e = new ZipEntry(path);
        e.setTime(ZIP_TIME);
        return e;
    }

    private static String sha256Hex(byte[] bytes) {
        return Hex.of(Merkle.sha256().digest(bytes));
    }
}
