package org.casebook.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.casebook.ledger.proof.CompactRange;
import org.casebook.ledger.proof.Hex;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.TreeHead;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recomputes every leaf from the rows behind it, rebuilds the tree in order and checks it against every signed
 * tree head; names each entry whose row was altered, removed or moved, and each row that bypassed the ledger.
 */
@Component
@Order(1)
class LedgerTreeCheck implements IntegrityCheck {
    private static final int CHUNK = 10_000;

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final LedgerKeys keys;

    LedgerTreeCheck(JdbcClient jdbc, Ledger ledger, LedgerKeys keys) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "ledger entries and signed tree heads";
    }

    @Override
    public long work() {
        return ledger.size();
    }

    private record Mismatch(Ledger.Leaf leaf, Map<String, Object> fields) {}

    @Override
    public void run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        if (!keys.halvesMatch()) {
            problems.accept(new IntegrityProblem(
                    "signature",
                    "ledger signing key",
                    "the private key does not belong to the public key " + keys.fingerprint()
                            + " published for this ledger"));
        }
        List<TreeHead> heads = ledger.treeHeads();
        checkHeadSequence(heads, problems);
        Iterator<TreeHead> nextHead = heads.iterator();
        TreeHead head = nextHead.hasNext() ? nextHead.next() : null;
        CompactRange fromRows = new CompactRange();
        CompactRange fromStoredHashes = new CompactRange();
        List<Mismatch> mismatches = new ArrayList<>();
        MissingLeaves missing = new MissingLeaves(jdbc, ledger);
        StoredNodes nodes = new StoredNodes(jdbc, problems);
        boolean rowRootReported = false;
        long size = ledger.size();
        for (long start = 0; start < size; start += CHUNK) {
            long end = Math.min(size, start + CHUNK);
            List<Ledger.Leaf> leaves = jdbc.sql(
                            "select * from ledger_leaf where leaf_index >= :from and leaf_index < :to order by leaf_index")
                    .param("from", start)
                    .param("to", end)
                    .query(Ledger::mapLeaf)
                    .list();
            Map<String, Map<Long, Map<String, Object>>> fields = leaves.stream()
                    .collect(Collectors.groupingBy(
                            Ledger.Leaf::entryType, Collectors.mapping(Ledger.Leaf::refId, Collectors.toList())))
                    .entrySet()
                    .stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            e -> ledger.sources().get(e.getKey()).entryFields(e.getValue())));
            Map<Long, Ledger.Leaf> byIndex = leaves.stream().collect(Collectors.toMap(Ledger.Leaf::index, l -> l));
            for (long index = start; index < end; index++) {
                Ledger.Leaf leaf = byIndex.get(index);
                byte[] recomputed;
                byte[] stored;
                if (leaf == null) {
                    Ledger.Leaf sibling = byIndex.get(index ^ 1);
                    stored = missing.recover(index, sibling, problems);
                    recomputed = stored;
                } else {
                    stored = leaf.leafHash();
                    Map<String, Object> row = fields.get(leaf.entryType()).get(leaf.refId());
                    if (row == null) {
                        problems.accept(new IntegrityProblem(
                                "removed",
                                describe(leaf, null),
                                "the row behind ledger entry " + leaf.index() + " no longer exists"));
                        recomputed = new byte[32];
                    } else {
                        recomputed = Merkle.leafHash(LedgerEntry.encode(leaf.entryType(), leaf.index(), row));
                        if (!Arrays.equals(recomputed, leaf.leafHash())) {
                            mismatches.add(new Mismatch(leaf, row));
                        }
                    }
                }
                fromRows.append(recomputed);
                fromStoredHashes.append(stored, nodes::completed);
                while (head != null && head.size() == fromRows.size()) {
                    if (!head.signatureHolds(keys.publicKeyRaw())) {
                        problems.accept(new IntegrityProblem(
                                "signature",
                                "signed tree head of size " + head.size(),
                                "the signature does not verify with this ledger's public key"));
                    }
                    if (!Arrays.equals(fromStoredHashes.root(), head.rootHash())) {
                        problems.accept(new IntegrityProblem(
                                "altered",
                                "ledger leaf hashes up to size " + head.size(),
                                "the stored leaf hashes no longer hash to the signed root " + Hex.of(head.rootHash())));
                    } else if (!rowRootReported && !Arrays.equals(fromRows.root(), head.rootHash())) {
                        rowRootReported = true;
                        problems.accept(new IntegrityProblem(
                                "altered",
                                "tree of size " + head.size(),
                                "the rows no longer hash to the signed root " + Hex.of(head.rootHash())
                                        + " (first signed tree head that fails; later ones fail with it)"));
                    }
                    head = nextHead.hasNext() ? nextHead.next() : null;
                }
            }
            nodes.compare();
            progress.accept(end - start);
        }
        if (head != null) {
            problems.accept(new IntegrityProblem(
                    "removed",
                    "ledger entries from " + size,
                    "a signed tree head of size " + head.size() + " exists, but the ledger holds only " + size
                            + " entries"));
        }
        explainMismatches(mismatches, problems);
        List<Long> added = missing.unloggedIds().stream()
                .filter(id -> !missing.identified().contains(id))
                .toList();
        for (int from = 0; from < added.size(); from += CHUNK) {
            Map<Long, Map<String, Object>> rows = ledger.sources()
                    .get(RevisionEntries.ENTRY_TYPE)
                    .entryFields(added.subList(from, Math.min(added.size(), from + CHUNK)));
            rows.forEach(
                    (id, row) -> problems.accept(
                            new IntegrityProblem(
                                    "added",
                                    RevisionEntries.describe(id, row),
                                    "this revision is neither in the ledger nor queued for it: it was written around the application")));
        }
    }

    /**
     * The sequencer signs a head after every batch, in the batch's own transaction: the newest head is at the
     * ledger's size, heads grow in size and time, and no two are further apart than one batch.
     */
    private void checkHeadSequence(List<TreeHead> heads, Consumer<IntegrityProblem> problems) {
        long size = ledger.size();
        if (size > 0 && (heads.isEmpty() || heads.getLast().size() != size)) {
            problems.accept(new IntegrityProblem(
                    "removed",
                    "signed tree head of size " + size,
                    "the ledger holds "
                            + size + " entries but its newest signed tree head is "
                            + (heads.isEmpty()
                                    ? "missing"
                                    : "of size " + heads.getLast().size()) + ": a head was deleted"));
        }
        for (int i = 1; i < heads.size(); i++) {
            TreeHead before = heads.get(i - 1);
            TreeHead after = heads.get(i);
            if (after.size() - before.size() > Ledger.BATCH) {
                problems.accept(new IntegrityProblem(
                        "removed",
                        "signed tree heads between sizes " + before.size() + " and " + after.size(),
                        "no batch appends more than " + Ledger.BATCH + " entries, so a head between them was deleted"));
            }
            if (after.issuedAt().isBefore(before.issuedAt())) {
                problems.accept(new IntegrityProblem(
                        "reordered",
                        "signed tree head of size " + after.size(),
                        "issued before the smaller head of size " + before.size()));
            }
        }
    }

    /** Tells an entry moved to another position apart from a row edited in place. */
    private static void explainMismatches(List<Mismatch> mismatches, Consumer<IntegrityProblem> problems) {
        for (Mismatch m : mismatches) {
            Long movedFrom = null;
            for (Mismatch other : mismatches) {
                if (other == m) {
                    continue;
                }
                byte[] atOther = Merkle.leafHash(
                        LedgerEntry.encode(m.leaf().entryType(), other.leaf().index(), m.fields()));
                if (Arrays.equals(atOther, other.leaf().leafHash())
                        || Arrays.equals(atOther, m.leaf().leafHash())) {
                    movedFrom = other.leaf().index();
                    break;
                }
            }
            if (movedFrom != null) {
                problems.accept(new IntegrityProblem(
                        "reordered",
                        describe(m.leaf(), m.fields()),
                        "found at ledger entry " + m.leaf().index() + " but it was logged at entry " + movedFrom));
            } else {
                problems.accept(new IntegrityProblem(
                        "altered",
                        describe(m.leaf(), m.fields()),
                        "the row changed after it was logged at ledger entry "
                                + m.leaf().index()));
            }
        }
    }

    private static String describe(Ledger.Leaf leaf, Map<String, Object> fields) {
        if (RevisionEntries.ENTRY_TYPE.equals(leaf.entryType()) && fields != null) {
            return RevisionEntries.describe(leaf.refId(), fields);
        }
        return leaf.entryType() + " " + leaf.refId();
    }
}
