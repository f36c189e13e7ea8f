package org.casebook.ledger.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Checks a bundle offline: signatures, every proof, every hash, and that nothing was added or left out. */
public final class BundleVerifier {
    private static final int SMALL = 16 * 1024 * 1024;

    private BundleVerifier() {
    }

    public record Outcome(boolean holds, String summary, List<String> lines) {
    }

    public static Outcome verify(Path bundle, byte[] trustedKey) {
        List<String> failures = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try {
            byte[] prefixHash;
            String comment;
            try (RandomAccessFile file = new RandomAccessFile(bundle.toFile(), "r")) {
                long length = file.length();
                long commentStart = length - BundleFormat.COMMENT_LENGTH;
                if (commentStart < 22) {
                    return fail("not a Casebook bundle: too short", lines);
                }
                byte[] tail = new byte[BundleFormat.COMMENT_LENGTH + 22];
                file.seek(commentStart - 22);
                file.readFully(tail);
                int commentLength = (tail[20] & 0xff) | (tail[21] & 0xff) << 8;
                if (tail[0] != 0x50 || tail[1] != 0x4b || tail[2] != 5 || tail[3] != 6
                        || commentLength != BundleFormat.COMMENT_LENGTH) {
                    return fail("the archive's end record or signature comment is damaged", lines);
                }
                comment = new String(tail, 22, BundleFormat.COMMENT_LENGTH, StandardCharsets.ISO_8859_1);
                prefixHash = sha256(Files.newInputStream(bundle), commentStart);
            }
            Map<String, byte[]> small = new HashMap<>();
            Map<String, byte[]> digests = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (digests.containsKey(e.getName())) {
                        failures.add(e.getName() + ": appears twice in the archive");
                    }
                    MessageDigest sha = Merkle.sha256();
                    byte[] head = readDigesting(zip, sha);
                    digests.put(e.getName(), sha.digest());
                    if (head != null) {
                        small.put(e.getName(), head);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                return fail("the archive is corrupt: " + e.getMessage(), lines);
            }
            byte[] manifestBytes = small.get(BundleFormat.MANIFEST);
            if (manifestBytes == null) {
                return fail("the bundle has no " + BundleFormat.MANIFEST, lines);
            }
            Map<String, Object> manifest = MiniJson.object(MiniJson.parse(new String(manifestBytes, StandardCharsets.UTF_8)), "manifest");
            if (!BundleFormat.FORMAT.equals(manifest.get("format"))) {
                return fail("not a " + BundleFormat.FORMAT + " bundle", lines);
            }
            byte[] key = Hex.parse(string(manifest, "publicKey"));
            lines.add("signing key fingerprint (SHA-256): " + Hex.of(Merkle.sha256().digest(key))
                    + " — compare it with the one Casebook publishes at /api/public/v1/ledger/key");
            if (trustedKey != null && !java.util.Arrays.equals(trustedKey, key)) {
                failures.add("publicKey: the bundle names a different key from the one you gave");
            }
            Map<String, Object> th = MiniJson.object(manifest.get("treeHead"), "treeHead");
            TreeHead head = new TreeHead(((Number) th.get("treeSize")).longValue(), Hex.hash32(string(th, "rootHash")),
                    java.time.Instant.parse(string(th, "issuedAt")), Hex.parse(string(th, "signature")));
            if (!head.signatureHolds(key)) {
                failures.add("treeHead: the signature over the tree head does not verify");
            }
            Set<String> listed = new HashSet<>(Set.of(BundleFormat.MANIFEST));
            int entries = 0;
            Map<String, Long> evidenceHashes = new HashMap<>();
            for (Object o : (List<?>) manifest.get("entries")) {
                Map<String, Object> entry = MiniJson.object(o, "entry");
                String path = string(entry, "path");
                listed.add(path);
                long index = ((Number) entry.get("leafIndex")).longValue();
                byte[] bytes = small.get(path);
                if (bytes == null) {
                    failures.add(path + ": listed in the manifest but missing from the archive");
                    continue;
                }
                List<byte[]> proof = new ArrayList<>();
                for (Object h : (List<?>) entry.get("proof")) {
                    proof.add(Hex.hash32((String) h));
                }
                ProofCheck.Result result = ProofCheck.inclusion(Merkle.leafHash(bytes), index, head.size(), head.rootHash(), proof);
                if (!result.holds()) {
                    failures.add(path + ": not proven to be ledger entry " + index + " (" + result.reason() + ")");
                    continue;
                }
                Map<String, Object> logged = MiniJson.object(MiniJson.parse(new String(bytes, StandardCharsets.UTF_8)), path);
                if (!Long.valueOf(index).equals(logged.get("leafIndex"))) {
                    failures.add(path + ": the entry names another position than " + index);
                }
                if ("evidence".equals(logged.get("entryType"))) {
                    evidenceHashes.put((String) logged.get("sha256"), index);
                }
                entries++;
            }
            int files = 0;
            for (Object o : (List<?>) manifest.get("files")) {
                Map<String, Object> file = MiniJson.object(o, "file");
                String path = string(file, "path");
                listed.add(path);
                String sha = string(file, "sha256");
                byte[] actual = digests.get(path);
                if (actual == null) {
                    failures.add(path + ": listed in the manifest but missing from the archive");
                } else if (!Hex.of(actual).equals(sha)) {
                    failures.add(path + ": its SHA-256 is " + Hex.of(actual) + ", not " + sha);
                } else if (Boolean.TRUE.equals(file.get("logged")) && !evidenceHashes.containsKey(sha)) {
                    failures.add(path + ": no proven evidence entry in the bundle registers this hash");
                } else {
                    files++;
                }
            }
            for (String name : digests.keySet()) {
                if (!listed.contains(name)) {
                    failures.add(name + ": in the archive but not in the manifest");
                }
            }
            if (!comment.startsWith(BundleFormat.COMMENT_PREFIX)) {
                failures.add("archive comment: the bundle signature is missing");
            } else {
                byte[] signature;
                try {
                    signature = Hex.parse(comment.substring(BundleFormat.COMMENT_PREFIX.length()));
                } catch (IllegalArgumentException e) {
                    signature = new byte[0];
                }
                if (!Ed25519.verify(key, BundleFormat.signedMessage(prefixHash), signature) && failures.isEmpty()) {
                    failures.add("archive: bytes outside the listed files (zip headers, names or directory) were changed;"
                            + " the bundle signature does not verify");
                }
            }
            lines.addAll(failures.stream().map(f -> "FAIL " + f).toList());
            if (!failures.isEmpty()) {
                return new Outcome(false, failures.size() + " problem(s); first: " + failures.getFirst(), lines);
            }
            return new Outcome(true, entries + " ledger entries proven in the signed tree of size " + head.size()
                    + " (root " + Hex.of(head.rootHash()) + "), " + files + " files match their hashes", lines);
        } catch (IOException e) {
            return fail("cannot read the bundle: " + e.getMessage(), lines);
        } catch (RuntimeException e) {
            return fail("the manifest is malformed: " + e.getMessage(), lines);
        }
    }

    private static String string(Map<String, Object> map, String key) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(key + " is missing or not text");
    }

    /** Reads an entry fully, hashing it; keeps its bytes only when small (manifest and entries, not big files). */
    private static byte[] readDigesting(InputStream in, MessageDigest sha) throws IOException {
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        boolean keep = true;
        for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
            if (keep) {
                kept.write(buffer, 0, n);
                if (kept.size() > SMALL) {
                    keep = false;
                    kept = null;
                }
            }
        }
        return keep ? kept.toByteArray() : null;
    }

    private static byte[] sha256(InputStream in, long length) throws IOException {
        try (DigestInputStream digest = new DigestInputStream(in, Merkle.sha256())) {
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = digest.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("the bundle ended early");
                }
                left -= n;
            }
            return digest.getMessageDigest().digest();
        }
    }

    private static Outcome fail(String why, List<String> lines) {
        lines.add("FAIL " + why);
        return new Outcome(false, why, lines);
    }
}
