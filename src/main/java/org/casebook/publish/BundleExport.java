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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.evidence.EvidenceBundleFiles;
import org.casebook.ledger.CanonicalJson;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.LedgerKeys;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.ledger.proof.BundleFormat;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.TreeHead;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.person.PersonService;
import org.springframework.stereotype.Service;

/**
 * Evidence bundles for lawyers and journalists: the records of a person or a source as ledger entries, each
 * with its inclusion proof in the latest signed tree head, the evidence files, the public key, and a README
 * that says how to check it all offline with the standalone verifier.
 */
@Service
class BundleExport {
    /** Fixed entry times keep a bundle's bytes the same for the same content. */
    private static final long ZIP_TIME = 315532800000L + 86_400_000L;

    private final Ledger ledger;
    private final LedgerKeys keys;
    private final RevisionLog revisions;
    private final PersonService persons;
    private final ClaimService claims;
    private final EvidenceBundleFiles evidence;
    private final Clock clock;

    public BundleExport(
            Ledger ledger,
            LedgerKeys keys,
            RevisionLog revisions,
            PersonService persons,
            ClaimService claims,
            EvidenceBundleFiles evidence,
            Clock clock) {
        this.ledger = ledger;
        this.keys = keys;
        this.revisions = revisions;
        this.persons = persons;
        this.claims = claims;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The records a person's bundle holds: the person, every name, every claim about them and those claims' sources. */
    public Path forPerson(String publicId, String actor) throws IOException {
        Person person = persons.getByPublicId(publicId);
        List<Claim> about = claims.forPerson(person.id());
        Map<RecordType, List<Long>> records = new LinkedHashMap<>();
        records.put(RecordType.person, List.of(person.id()));
        records.put(
                RecordType.person_name,
                persons.names(person.id()).stream().map(PersonName::id).toList());
        records.put(RecordType.claim, about.stream().map(Claim::id).toList());
        records.put(
                RecordType.source,
                about.stream().map(Claim::sourceId).distinct().toList());
        return write("person " + publicId, records, about, actor);
    }

    public Path forSource(long sourceId, String actor) throws IOException {
        List<Claim> from = claims.fromSource(sourceId);
        Map<RecordType, List<Long>> records = new LinkedHashMap<>();
        records.put(RecordType.source, List.of(sourceId));
        records.put(RecordType.claim, from.stream().map(Claim::id).toList());
        return write("source " + sourceId, records, from, actor);
    }

    private Path write(String subject, Map<RecordType, List<Long>> records, List<Claim> claimList, String actor)
            throws IOException {
        ledger.sequencePending();
        TreeHead head = ledger.latestTreeHead().orElseThrow(() -> new IllegalStateException("the ledger is empty"));
        Set<Ledger.Leaf> leaves = new LinkedHashSet<>();
        for (Revision r : revisions.histories(records).reversed()) {
            ledger.leafFor("revision", r.id())
                    .filter(l -> l.index() < head.size())
                    .ifPresent(leaves::add);
        }
        EvidenceBundleFiles.Contribution attached = evidence.contribute(claimList, actor);
        attached.leaves().stream().filter(l -> l.index() < head.size()).forEach(leaves::add);
        List<EvidenceBundleFiles.File> files = attached.files();

        Path zipFile = Files.createTempFile("casebook-bundle", ".zip");
        List<Map<String, Object>> entryList = new ArrayList<>();
        List<Map<String, Object>> fileList = new ArrayList<>();
        try (OutputStream raw = Files.newOutputStream(zipFile);
                ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setComment("x".repeat(BundleFormat.COMMENT_LENGTH));
            String readme = readme(subject, head);
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

    private static String readme(String subject, TreeHead head) {
        return """
                Casebook evidence bundle: %s

                What is inside
                  manifest.json        lists every file below with its SHA-256, every ledger entry with its
                                       inclusion proof, the signed tree head and the signing public key.
                  entries/*.json       the records, exactly as they were logged: each file is one ledger entry
                                       (a revision of a person, name, source or claim, or an evidence or
                                       custody event). Its leaf hash is SHA-256(0x00 || file bytes).
                  files/*              evidence files, named by their SHA-256.
                  (zip comment)        an Ed25519 signature over the SHA-256 of every byte of this zip before
                                       the comment, so no byte of the archive can change unnoticed.

                Signed tree head in this bundle: size %d, root %s, issued %s.

                How to check it, offline, without trusting Casebook
                  1. Compare the key fingerprint the verifier prints with the one Casebook publishes at
                     /api/public/v1/ledger/key (and, better, with one you saved earlier).
                  2. Run the standalone verifier (Java 21+, no other software):
                         java -jar casebook-verifier.jar verify-bundle this-bundle.zip
                     It checks the tree head signature, recomputes every leaf hash, checks every inclusion
                     proof against the signed root (RFC 9162), checks every file's SHA-256, that every file in
                     the zip is listed, and the signature over the whole archive. Exit status 0 means valid.
                  3. To check that this tree head is consistent with a later one you obtained, ask Casebook
                     for a consistency proof (/api/v1/ledger/proof/consistency) and run verify-consistency.
                The formats are described precisely in docs/ledger.md of the Casebook source.
                """.formatted(subject, head.size(), Hex.of(head.rootHash()), head.issuedAt());
    }
}
