package org.casebook.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.casebook.ledger.proof.Ed25519;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.TreeHead;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ledger", description = "The tamper-evident log (RFC 9162): signed tree heads and proofs anyone can check")
class LedgerApiController {
    private final Ledger ledger;
    private final LedgerKeys keys;
    private final RevisionLog revisions;

    LedgerApiController(Ledger ledger, LedgerKeys keys, RevisionLog revisions) {
        this.ledger = ledger;
        this.keys = keys;
        this.revisions = revisions;
    }

    record TreeHeadView(long treeSize, String rootHash, String issuedAt, String signature, String signedText) {
        static TreeHeadView of(TreeHead head) {
            return new TreeHeadView(
                    head.size(),
                    Hex.of(head.rootHash()),
                    head.issuedAt().toString(),
                    Hex.of(head.signature()),
                    head.signedText());
        }
    }

    record InclusionView(
            long leafIndex,
            long treeSize,
            String leafHash,
            List<String> proof,
            String rootHash,
            String entryType,
            long refId) {}

    record ConsistencyView(long first, long second, String firstRoot, String secondRoot, List<String> proof) {}

    record KeyView(String algorithm, String publicKey, String spkiBase64, String fingerprintSha256) {}

    @GetMapping("/api/v1/ledger/tree-head")
    @Operation(summary = "The latest signed tree head")
    TreeHeadView latest() {
        return TreeHeadView.of(
                ledger.latestTreeHead().orElseThrow(() -> new RecordNotFound("signed tree head", "latest")));
    }

    @GetMapping("/api/v1/ledger/tree-heads/{treeSize}")
    TreeHeadView treeHead(@PathVariable long treeSize) {
        return TreeHeadView.of(ledger.treeHead(treeSize));
    }

    @GetMapping("/api/v1/ledger/proof/inclusion")
    @Operation(summary = "Inclusion proof of a leaf (by index, or by record type, id and version) in a signed tree")
    InclusionView inclusion(
            @RequestParam(required = false) Long leafIndex,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) Long recordId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) Long treeSize) {
        Ledger.Leaf leaf;
        if (leafIndex != null) {
            leaf = ledger.leaf(leafIndex);
        } else if (recordType != null && recordId != null && version != null) {
            RecordType type = Arrays.stream(RecordType.values())
                    .filter(t -> t.name().equals(recordType))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInput(
                            "recordType",
                            "must be one of " + Arrays.toString(RecordType.values()),
                            "error.oneOf",
                            "values",
                            Arrays.toString(RecordType.values())));
            long revisionId = revisions.version(type, recordId, version).id();
            leaf = ledger.leafFor("revision", revisionId)
                    .orElseThrow(
                            () -> new RecordNotFound("ledger entry (not yet sequenced?) for revision", revisionId));
        } else {
            throw new InvalidInput(
                    "leafIndex", "give leafIndex, or recordType, recordId and version", "app.error.leafOrRecord");
        }
        TreeHead head = treeSize == null ? ledger.latestTreeHead().orElseThrow() : ledger.treeHead(treeSize);
        List<String> proof = ledger.inclusionProof(leaf.index(), head.size()).stream()
                .map(Hex::of)
                .toList();
        return new InclusionView(
                leaf.index(),
                head.size(),
                Hex.of(leaf.leafHash()),
                proof,
                Hex.of(head.rootHash()),
                leaf.entryType(),
                leaf.refId());
    }

    @GetMapping("/api/v1/ledger/proof/consistency")
    @Operation(summary = "Consistency proof between two signed tree sizes")
    ConsistencyView consistency(@RequestParam long first, @RequestParam long second) {
        TreeHead a = ledger.treeHead(first);
        TreeHead b = ledger.treeHead(second);
        return new ConsistencyView(
                first,
                second,
                Hex.of(a.rootHash()),
                Hex.of(b.rootHash()),
                ledger.consistencyProof(first, second).stream().map(Hex::of).toList());
    }

    @GetMapping(value = "/api/v1/ledger/entries/{leafIndex}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The entry bytes of a leaf, as hashed (rebuilt from the current rows; compare its hash)")
    ResponseEntity<byte[]> entry(@PathVariable long leafIndex) {
        Ledger.Leaf leaf = ledger.leaf(leafIndex);
        byte[] entry = ledger.entry(leaf).orElseThrow(() -> new RecordNotFound("row behind ledger entry", leafIndex));
        return ResponseEntity.ok()
                .header("Casebook-Leaf-Hash", Hex.of(Merkle.leafHash(entry)))
                .body(entry);
    }

    @GetMapping("/api/public/v1/ledger/key")
    @Operation(summary = "The Ed25519 public key that signs tree heads")
    KeyView key() throws Exception {
        byte[] raw = keys.publicKeyRaw();
        byte[] spki = Ed25519.publicKey(raw).getEncoded();
        return new KeyView("Ed25519", Hex.of(raw), Base64.getEncoder().encodeToString(spki), keys.fingerprint());
    }
}
