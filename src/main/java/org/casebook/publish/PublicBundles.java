package org.casebook.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.evidence.EvidencePublication;
import org.casebook.evidence.EvidencePublication.PublishedFile;
import org.casebook.ledger.CanonicalJson;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.TreeHead;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence bundles anyone may download, for any published person or source. They hold the record's public
 * snapshots (exactly what the public API answers, never an internal or secret field) with their proofs in the signed
 * log, and the files an editor made public that the answer lists, so a reader can check offline that Casebook
 * published this, then, and never rewrote it.
 */
@Service
class PublicBundles {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PublicSite site;
    private final PublicSnapshots snapshots;
    private final Ledger ledger;
    private final BundleWriter writer;
    private final EvidencePublication publication;

    PublicBundles(
            PublicSite site,
            PublicSnapshots snapshots,
            Ledger ledger,
            BundleWriter writer,
            EvidencePublication publication) {
        this.publication = publication;
        this.site = site;
        this.snapshots = snapshots;
        this.ledger = ledger;
        this.writer = writer;
    }

    Path forPerson(String publicId) throws IOException {
        PublicSite.PublicCase answer = site.person(publicId);
        return bundle("person " + publicId, answer, answer.files());
    }

    Path forSource(long id) throws IOException {
        PublicSite.SourcePage answer = site.source(id);
        return bundle("source " + id, answer, answer.files());
    }

    /**
     * The files are those the answer lists, so the logged snapshot names each file's hash: the verifier checks every
     * file against it.
     */
    private Path bundle(String subject, Object publicAnswer, List<PublishedFile> files) throws IOException {
        Map<String, Object> content =
                JSON.convertValue(publicAnswer, new TypeReference<LinkedHashMap<String, Object>>() {});
        snapshots.record(subject, CanonicalJson.write(content));
        ledger.sequencePending();
        TreeHead head = ledger.latestTreeHead().orElseThrow(() -> new IllegalStateException("the ledger is empty"));
        List<Ledger.Leaf> leaves = snapshots.ids(subject).stream()
                .map(id -> ledger.leafFor(PublicSnapshots.ENTRY_TYPE, id))
                .flatMap(Optional::stream)
                .filter(leaf -> leaf.index() < head.size())
                .toList();
        return writer.write(subject, head, leaves, publication.bundled(files), readme(subject, head));
    }

    private static String readme(String subject, TreeHead head) {
        return """
                Casebook public evidence bundle: %s

                What is inside
                  manifest.json        lists every file below with its SHA-256, every ledger entry with its
                                       inclusion proof, the signed tree head and the signing public key.
                  entries/*.json       the public record as Casebook published it, one ledger entry (entry type
                                       "public") for each time it changed and someone asked for this bundle,
                                       oldest first. Each holds exactly what the public site and the public API
                                       show: nothing internal, nothing secret. Its leaf hash is
                                       SHA-256(0x00 || file bytes).
                  files/*              the files an editor made public beside this record, as they were
                                       registered; the latest entry lists each one's SHA-256 under "files".
                  (zip comment)        an Ed25519 signature over the SHA-256 of every byte of this zip before
                                       the comment, so no byte of the archive can change unnoticed.

                Signed tree head in this bundle: size %d, root %s, issued %s.

                How to check it, offline, without trusting Casebook
                  1. Compare the key fingerprint the verifier prints with the one on Casebook's /transparency
                     page (and, better, with one you saved earlier or read in a printed report).
                  2. Download the standalone verifier from /transparency (Java 21+, no other software) and run:
                         java -jar casebook-verifier.jar verify-bundle this-bundle.zip
                     It checks the tree head signature, recomputes every leaf hash, checks every inclusion
                     proof against the signed root (RFC 9162), and the signature over the whole archive.
                     Exit status 0 means valid.
                The formats are described precisely in docs/ledger.md of the Casebook source.
                """.formatted(subject, head.size(), Hex.of(head.rootHash()), head.issuedAt());
    }
}
