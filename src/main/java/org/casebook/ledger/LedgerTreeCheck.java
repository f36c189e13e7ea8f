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
    /** A multiple of 16: a missing leaf's whole block of stored leaves is in its chunk ({@link MissingLeaves}). */
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
            problems.accept(IntegrityProblem.of(
                    "signature",
                    IntegrityProblem.words("what.key"),
                    IntegrityProblem.words("keyMismatch", "fingerprint", keys.fingerprint())));
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
                    stored = missing.recover(index, byIndex, problems);
                    recomputed = stored;
                } else {
                    stored = leaf.leafHash();
                    Map<String, Object> row = fields.get(leaf.entryType()).get(leaf.refId());
                    if (row == null) {
                        problems.accept(IntegrityProblem.of(
                                "removed",
                                describe(leaf, null),
                                IntegrityProblem.words("rowBehindGone", "index", leaf.index())));
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
                        problems.accept(IntegrityProblem.of(
                                "signature",
                                IntegrityProblem.words("what.head", "size", head.size()),
                                IntegrityProblem.words("signatureFails")));
                    }
                    if (!Arrays.equals(fromStoredHashes.root(), head.rootHash())) {
                        problems.accept(IntegrityProblem.of(
                                "altered",
                                IntegrityProblem.words("what.leafHashes", "size", head.size()),
                                IntegrityProblem.words("leafHashesDiffer", "root", Hex.of(head.rootHash()))));
                    } else if (!rowRootReported && !Arrays.equals(fromRows.root(), head.rootHash())) {
                        rowRootReported = true;
                        problems.accept(IntegrityProblem.of(
                                "altered",
                                IntegrityProblem.words("what.tree", "size", head.size()),
                                IntegrityProblem.words("rowsDiffer", "root", Hex.of(head.rootHash()))));
                    }
                    head = nextHead.hasNext() ? nextHead.next() : null;
                }
            }
            nodes.compare();
            progress.accept(end - start);
        }
        if (head != null) {
            problems.accept(IntegrityProblem.of(
                    "removed",
                    IntegrityProblem.words("what.entriesFrom", "size", size),
                    IntegrityProblem.words("headBeyond", "head", head.size(), "size", size)));
        }
        explainMismatches(mismatches, problems);
        List<Long> added = missing.unloggedIds().stream()
                .filter(id -> !missing.identified().contains(id))
                .toList();
        for (int from = 0; from < added.size(); from += CHUNK) {
            Map<Long, Map<String, Object>> rows = ledger.sources()
                    .get(RevisionEntries.ENTRY_TYPE)
                    .entryFields(added.subList(from, Math.min(added.size(), from + CHUNK)));
            rows.forEach((id, row) -> problems.accept(IntegrityProblem.of(
                    "added", RevisionEntries.describe(id, row), IntegrityProblem.words("writtenAround"))));
        }
    }

    /**
     * The sequencer signs a head after every batch, in the batch's own transaction: the newest head is at the
     * ledger's size, heads grow in size and time, and no two are further apart than one batch.
     */
    private void checkHeadSequence(List<TreeHead> heads, Consumer<IntegrityProblem> problems) {
        long size = ledger.size();
        if (size > 0 && (heads.isEmpty() || heads.getLast().size() != size)) {
            problems.accept(IntegrityProblem.of(
                    "removed",
                    IntegrityProblem.words("what.head", "size", size),
                    heads.isEmpty()
                            ? IntegrityProblem.words("newestHeadMissing", "size", size)
                            : IntegrityProblem.words(
                                    "newestHeadSmaller",
                                    "size",
                                    size,
                                    "head",
                                    heads.getLast().size())));
        }
        for (int i = 1; i < heads.size(); i++) {
            TreeHead before = heads.get(i - 1);
            TreeHead after = heads.get(i);
            if (after.size() - before.size() > Ledger.BATCH) {
                problems.accept(IntegrityProblem.of(
                        "removed",
                        IntegrityProblem.words("what.headsBetween", "before", before.size(), "after", after.size()),
                        IntegrityProblem.words("headDeleted", "batch", Ledger.BATCH)));
            }
            if (after.issuedAt().isBefore(before.issuedAt())) {
                problems.accept(IntegrityProblem.of(
                        "reordered",
                        IntegrityProblem.words("what.head", "size", after.size()),
                        IntegrityProblem.words("headOrder", "size", before.size())));
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
                problems.accept(IntegrityProblem.of(
                        "reordered",
                        describe(m.leaf(), m.fields()),
                        IntegrityProblem.words("moved", "at", m.leaf().index(), "from", movedFrom)));
            } else {
                problems.accept(IntegrityProblem.of(
                        "altered",
                        describe(m.leaf(), m.fields()),
                        IntegrityProblem.words("rowChanged", "index", m.leaf().index())));
            }
        }
    }

    private static IntegrityProblem.Words describe(Ledger.Leaf leaf, Map<String, Object> fields) {
        if (RevisionEntries.ENTRY_TYPE.equals(leaf.entryType()) && fields != null) {
            return RevisionEntries.describe(leaf.refId(), fields);
        }
        return IntegrityProblem.words("what.record", "type", leaf.entryType(), "id", leaf.refId());
    }
}
