package org.casebook.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.evidence.EvidenceBundleFiles;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.ledger.proof.Hex;
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
    private final Ledger ledger;
    private final BundleWriter writer;
    private final RevisionLog revisions;
    private final PersonService persons;
    private final ClaimService claims;
    private final EvidenceBundleFiles evidence;

    BundleExport(
            Ledger ledger,
            BundleWriter writer,
            RevisionLog revisions,
            PersonService persons,
            ClaimService claims,
            EvidenceBundleFiles evidence) {
        this.ledger = ledger;
        this.writer = writer;
        this.revisions = revisions;
        this.persons = persons;
        this.claims = claims;
        this.evidence = evidence;
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
        return writer.write(subject, head, leaves, attached.files(), readme(subject, head));
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
