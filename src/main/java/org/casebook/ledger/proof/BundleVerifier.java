package org.casebook.ledger.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a bundle offline: signatures, every proof, every hash, and that nothing was added or left out. It runs in
 * phases — the archive, the manifest, the tree head, the entries, the files, the listing, the archive signature —
 * and each kind of failure says which phase found it. A damaged archive and a malformed manifest stop the check;
 * everything else is collected. A bug is not dressed up as a malformed manifest: it surfaces as the exception it is.
 */
public final class BundleVerifier {
    private static final int SMALL = 16 * 1024 * 1024;

    private BundleVerifier() {}

    public record Outcome(boolean holds, String summary, List<String> lines) {}

    /** The archive cannot be read as a bundle at all. */
    static final class Damaged extends Exception {
        Damaged(String message) {
            super(message);
        }
    }

    /** The manifest lacks a field or has one of the wrong kind. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    /** What the archive holds: its entries' hashes, the small ones' bytes, and the signature comment. */
    private record Archive(byte[] prefixHash, String comment, Map<String, byte[]> small, Map<String, byte[]> digests) {}

    public static Outcome verify(Path bundle, byte[] trustedKey) {
        List<String> failures = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try {
            Archive archive = readArchive(bundle, failures);
            Map<String, Object> manifest = manifest(archive);
            byte[] key = hex(manifest, "publicKey", false);
            lines.add("signing key fingerprint (SHA-256): "
                    + Hex.of(Merkle.sha256().digest(key))
                    + " — compare it with the one Casebook publishes at /api/public/v1/ledger/key");
            if (trustedKey != null && !Arrays.equals(trustedKey, key)) {
                failures.add("publicKey: the bundle names a different key from the one you gave");
            }
            TreeHead head = treeHead(manifest, key, failures);
            Set<String> listed = new HashSet<>(Set.of(BundleFormat.MANIFEST));
            Map<String, Long> evidenceHashes = new HashMap<>();
            int entries = checkEntries(manifest, archive, head, listed, evidenceHashes, failures);
            int files = checkFiles(manifest, archive, listed, evidenceHashes, failures);
            for (String name : archive.digests().keySet()) {
                if (!listed.contains(name)) {
                    failures.add(name + ": in the archive but not in the manifest");
                }
            }
            checkSignature(archive, key, failures);
            lines.addAll(failures.stream().map(f -> "FAIL " + f).toList());
            if (!failures.isEmpty()) {
                return new Outcome(false, failures.size() + " problem(s); first: " + failures.getFirst(), lines);
            }
            return new Outcome(
                    true,
                    entries + " ledger entries proven in the signed tree of size " + head.size() + " (root "
                            + Hex.of(head.rootHash()) + "), " + files + " files match their hashes",
                    lines);
        } catch (IOException e) {
            return fail("cannot read the bundle: " + e.getMessage(), lines);
        } catch (Damaged e) {
            return fail(e.getMessage(), lines);
        } catch (Malformed e) {
            return fail("the manifest is malformed: " + e.getMessage(), lines);
        }
    }

    private static Archive readArchive(Path bundle, List<String> failures) throws IOException, Damaged {
        byte[] prefixHash;
        String comment;
        try (RandomAccessFile file = new RandomAccessFile(bundle.toFile(), "r")) {
            long commentStart = file.length() - BundleFormat.COMMENT_LENGTH;
            if (commentStart < 22) {
                throw new Damaged("not a Casebook bundle: too short");
            }
            byte[] tail = new byte[BundleFormat.COMMENT_LENGTH + 22];
            file.seek(commentStart - 22);
            file.readFully(tail);
            int commentLength = (tail[20] & 0xff) | (tail[21] & 0xff) << 8;
            if (tail[0] != 0x50
                    || tail[1] != 0x4b
                    || tail[2] != 5
                    || tail[3] != 6
                    || commentLength != BundleFormat.COMMENT_LENGTH) {
                throw new Damaged("the archive's end record or signature comment is damaged");
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
            throw new Damaged("the archive is corrupt: " + e.getMessage());
        }
        return new Archive(prefixHash, comment, small, digests);
    }

    private static Map<String, Object> manifest(Archive archive) throws Damaged, Malformed {
        byte[] bytes = archive.small().get(BundleFormat.MANIFEST);
        if (bytes == null) {
            throw new Damaged("the bundle has no " + BundleFormat.MANIFEST);
        }
        Map<String, Object> manifest = json(bytes, "manifest");
        if (!BundleFormat.FORMAT.equals(manifest.get("format"))) {
            throw new Damaged("not a " + BundleFormat.FORMAT + " bundle");
        }
        return manifest;
    }

    private static TreeHead treeHead(Map<String, Object> manifest, byte[] key, List<String> failures) throws Malformed {
        Map<String, Object> th = object(manifest.get("treeHead"), "treeHead");
        Instant issuedAt;
        try {
            issuedAt = Instant.parse(string(th, "issuedAt"));
        } catch (DateTimeParseException e) {
            throw new Malformed("treeHead.issuedAt is not an instant");
        }
        TreeHead head =
                new TreeHead(number(th, "treeSize"), hex(th, "rootHash", true), issuedAt, hex(th, "signature", false));
        if (!head.signatureHolds(key)) {
            failures.add("treeHead: the signature over the tree head does not verify");
        }
        return head;
    }

    /** Every listed entry proven to be in the signed tree at the position it names; returns how many were. */
    private static int checkEntries(
            Map<String, Object> manifest,
            Archive archive,
            TreeHead head,
            Set<String> listed,
            Map<String, Long> evidenceHashes,
            List<String> failures)
            throws Malformed {
        int proven = 0;
        for (Object o : list(manifest, "entries")) {
            Map<String, Object> entry = object(o, "entry");
            String path = string(entry, "path");
            listed.add(path);
            long index = number(entry, "leafIndex");
            byte[] bytes = archive.small().get(path);
            if (bytes == null) {
                failures.add(path + ": listed in the manifest but missing from the archive");
                continue;
            }
            List<byte[]> proof = new ArrayList<>();
            for (Object h : list(entry, "proof")) {
                proof.add(hash(h, path + " proof"));
            }
            ProofCheck.Result result =
                    ProofCheck.inclusion(Merkle.leafHash(bytes), index, head.size(), head.rootHash(), proof);
            if (!result.holds()) {
                failures.add(path + ": not proven to be ledger entry " + index + " (" + result.reason() + ")");
                continue;
            }
            Map<String, Object> logged;
            try {
                logged = json(bytes, path);
            } catch (Malformed e) {
                failures.add(path + ": proven, but not a JSON object");
                continue;
            }
            if (!Long.valueOf(index).equals(logged.get("leafIndex"))) {
                failures.add(path + ": the entry names another position than " + index);
            }
            if ("evidence".equals(logged.get("entryType")) && logged.get("sha256") instanceof String sha) {
                evidenceHashes.put(sha, index);
            }
            // A public snapshot registers the public files it lists: a public bundle holds no internal entry.
            if ("public".equals(logged.get("entryType"))
                    && logged.get("content") instanceof Map<?, ?> content
                    && content.get("files") instanceof List<?> publicFiles) {
                for (Object file : publicFiles) {
                    if (file instanceof Map<?, ?> f && f.get("sha256") instanceof String sha) {
                        evidenceHashes.put(sha, index);
                    }
                }
            }
            proven++;
        }
        return proven;
    }

    /**
     * Every listed file present with its hash, and each evidence file registered by a proven entry (an evidence entry,
     * or a public snapshot that lists it).
     */
    private static int checkFiles(
            Map<String, Object> manifest,
            Archive archive,
            Set<String> listed,
            Map<String, Long> evidenceHashes,
            List<String> failures)
            throws Malformed {
        int matched = 0;
        for (Object o : list(manifest, "files")) {
            Map<String, Object> file = object(o, "file");
            String path = string(file, "path");
            listed.add(path);
            String sha = string(file, "sha256");
            byte[] actual = archive.digests().get(path);
            if (actual == null) {
                failures.add(path + ": listed in the manifest but missing from the archive");
            } else if (!Hex.of(actual).equals(sha)) {
                failures.add(path + ": its SHA-256 is " + Hex.of(actual) + ", not " + sha);
            } else if (Boolean.TRUE.equals(file.get("logged")) && !evidenceHashes.containsKey(sha)) {
                failures.add(path + ": no proven evidence entry in the bundle registers this hash");
            } else {
                matched++;
            }
        }
        return matched;
    }

    private static void checkSignature(Archive archive, byte[] key, List<String> failures) {
        if (!archive.comment().startsWith(BundleFormat.COMMENT_PREFIX)) {
            failures.add("archive comment: the bundle signature is missing");
            return;
        }
        byte[] signature;
        try {
            signature = Hex.parse(archive.comment().substring(BundleFormat.COMMENT_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            signature = new byte[0];
        }
        if (!Ed25519.verify(key, BundleFormat.signedMessage(archive.prefixHash()), signature) && failures.isEmpty()) {
            failures.add("archive: bytes outside the listed files (zip headers, names or directory) were changed;"
                    + " the bundle signature does not verify");
        }
    }

    private static Map<String, Object> json(byte[] bytes, String what) throws Malformed {
        try {
            return MiniJson.object(MiniJson.parse(new String(bytes, StandardCharsets.UTF_8)), what);
        } catch (IllegalArgumentException e) {
            throw new Malformed(what + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> object(Object value, String what) throws Malformed {
        try {
            return MiniJson.object(value, what);
        } catch (IllegalArgumentException e) {
            throw new Malformed(e.getMessage());
        }
    }

    private static String string(Map<String, Object> map, String key) throws Malformed {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new Malformed(key + " is missing or not text");
    }

    private static long number(Map<String, Object> map, String key) throws Malformed {
        if (map.get(key) instanceof Number n) {
            return n.longValue();
        }
        throw new Malformed(key + " is missing or not a number");
    }

    private static List<?> list(Map<String, Object> map, String key) throws Malformed {
        if (map.get(key) instanceof List<?> l) {
            return l;
        }
        throw new Malformed(key + " is missing or not a list");
    }

    private static byte[] hex(Map<String, Object> map, String key, boolean hash32) throws Malformed {
        String text = string(map, key);
        try {
            return hash32 ? Hex.hash32(text) : Hex.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Malformed(key + " is not " + (hash32 ? "a 32-byte hash" : "hex") + " in hex");
        }
    }

    private static byte[] hash(Object value, String what) throws Malformed {
        if (!(value instanceof String text)) {
            throw new Malformed(what + ": a hash is not text");
        }
        try {
            return Hex.hash32(text);
        } catch (IllegalArgumentException e) {
            throw new Malformed(what + ": not a 32-byte hash in hex");
        }
    }

    /** Reads an entry fully, hashing it; keeps its bytes only when small (manifest and entries, not big files). */
    private static byte[] readDigesting(InputStream in, MessageDigest sha) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
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
