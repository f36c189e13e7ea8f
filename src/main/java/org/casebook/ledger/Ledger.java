package org.casebook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.database.BulkCopy;
import org.casebook.ledger.proof.CompactRange;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.TreeHead;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only log. Writers enqueue; this sequencer appends what is queued in batches, stores the leaf and
 * perfect-subtree hashes, and signs a tree head after each batch.
 */
@Service
public class Ledger {
    private static final Logger log = LoggerFactory.getLogger(Ledger.class);
    static final int BATCH = 5000;
    /**
     * Perfect subtrees below this level (of fewer than 16 leaves) are not stored: a proof hashes them again from at
     * most 15 stored leaves. Storing every level wrote about one node row per entry, most of them never read.
     */
    static final int LOWEST_STORED_LEVEL = 4;
    /** Any fixed number: only one sequencer may append at a time, across processes too. */
    private static final long SEQUENCER_LOCK = 0x6361736562L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final LedgerKeys keys;
    private final RevisionSeals seals;
    private final Clock clock;
    private final Map<String, LedgerEntrySource> sources;
    private CompactRange range;

    public Ledger(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transaction,
            LedgerKeys keys,
            RevisionSeals seals,
            Clock clock,
            List<LedgerEntrySource> sources) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.keys = keys;
        this.seals = seals;
        this.clock = clock;
        this.sources = sources.stream().collect(Collectors.toMap(LedgerEntrySource::entryType, Function.identity()));
    }

    @Scheduled(fixedDelayString = "${casebook.ledger.sequence-every-ms:500}")
    void sequenceInBackground() {
        try {
            sequencePending();
        } catch (RuntimeException e) {
            log.error("Ledger sequencing failed; the queue is kept and retried", e);
        }
    }

    /** Appends everything queued so far; returns how many entries were appended. */
    public synchronized long sequencePending() {
        long total = 0;
        int appended;
        do {
            appended = appendBatch();
            total += appended;
        } while (appended >= BATCH);
        return total;
    }

    private int appendBatch() {
        try {
            Integer count = transaction.execute(status -> {
                jdbc.sql("select 1 from (select pg_advisory_xact_lock(:lock)) held")
                        .param("lock", SEQUENCER_LOCK)
                        .query(Integer.class)
                        .single();
                return appendQueued();
            });
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            range = null;
            throw e;
        }
    }

    private int appendQueued() {
        record Queued(long seq, String type, long refId) {}
        // Rows in order until about BATCH entries: a statement's rows queue as one (an array of ids), taken whole.
        List<Queued> queued = new ArrayList<>();
        jdbc.sql("""
                        select seq, entry_type, coalesce(ref_ids, array[ref_id]) from (
                            select seq, entry_type, ref_id, ref_ids,
                                   sum(coalesce(cardinality(ref_ids), 1)) over (order by seq)
                                       - coalesce(cardinality(ref_ids), 1) as before
                            from ledger_queue) q
                        where before < :limit order by seq""").param("limit", BATCH).query(rs -> {
            for (Long refId : (Long[]) rs.getArray(3).getArray()) {
                queued.add(new Queued(rs.getLong(1), rs.getString(2), refId));
            }
        });
        if (queued.isEmpty()) {
            return 0;
        }
        CompactRange tree = range();
        Map<String, List<Long>> idsByType = queued.stream()
                .collect(Collectors.groupingBy(Queued::type, Collectors.mapping(Queued::refId, Collectors.toList())));
        // Revisions with their seals in one query: the seals are checked before anything is logged.
        RevisionEntries.Sealed revisions =
                RevisionEntries.sealed(jdbc, idsByType.getOrDefault(RevisionEntries.ENTRY_TYPE, List.of()));
        Map<String, Map<Long, Map<String, Object>>> fields = idsByType.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getKey().equals(RevisionEntries.ENTRY_TYPE)
                                ? revisions.fields()
                                : source(e.getKey()).entryFields(e.getValue())));
        Map<Long, CanonicalJson.Members> written = revisions.written();
        Map<Long, String> refused = seals.broken(written, revisions.seals());
        List<List<Object>> leaves = new ArrayList<>();
        List<List<Object>> nodes = new ArrayList<>();
        List<Object[]> refusedRows = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (Queued q : queued) {
            Map<String, Object> entryFields = fields.get(q.type()).get(q.refId());
            String reason = entryFields == null
                    ? "the row was gone when it came to be logged"
                    : q.type().equals(RevisionEntries.ENTRY_TYPE) ? refused.get(q.refId()) : null;
            if (reason != null) {
                log.error("Ledger: refused to log {} {}: {}", q.type(), q.refId(), reason);
                refusedRows.add(new Object[] {q.type(), q.refId(), reason, now});
                continue;
            }
            long index = tree.size();
            CanonicalJson.Members members = q.type().equals(RevisionEntries.ENTRY_TYPE)
                    ? written.get(q.refId())
                    : CanonicalJson.members(entryFields);
            byte[] leafHash = Merkle.leafHash(LedgerEntry.encode(q.type(), index, members));
            leaves.add(List.of(index, q.type(), q.refId(), leafHash));
            tree.append(leafHash, (level, nodeIndex, hash) -> {
                if (level >= LOWEST_STORED_LEVEL) {
                    nodes.add(List.of(level, nodeIndex, hash));
                }
            });
        }
        // With COPY: a batch of thousands of entries has as many leaves (and a sixteenth as many nodes), each an
        // insert of its own in a JDBC batch.
        copy("ledger_leaf", List.of("leaf_index", "entry_type", "ref_id", "leaf_hash"), leaves);
        copy("ledger_node", List.of("level", "node_index", "hash"), nodes);
        batchInsert(
                "insert into ledger_refused (entry_type, ref_id, reason, refused_at) values (?, ?, ?, ?) "
                        + "on conflict do nothing",
                refusedRows);
        // Exactly the rows appended: sequence values are taken before commit, so a row with a lower seq can commit
        // after this batch was read, and a range delete would drop it unlogged.
        batch.update("delete from ledger_queue where seq = any(?)", (Object)
                queued.stream().map(Queued::seq).distinct().toArray(Long[]::new));
        if (!leaves.isEmpty()) {
            sign(tree.size(), tree.root());
        }
        return queued.size();
    }

    private void copy(String table, List<String> columns, List<List<Object>> rows) {
        if (!rows.isEmpty()) {
            BulkCopy.into(batch.getDataSource(), table, columns, rows);
        }
    }

    private void batchInsert(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows);
        }
    }

    private void sign(long size, byte[] root) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        TreeHead unsigned = new TreeHead(size, root, now, new byte[0]);
        byte[] signature = keys.sign(unsigned.signedBytes());
        jdbc.sql("insert into tree_head (tree_size, root_hash, issued_at, signature) values (:size, :root, :at, :sig)")
                .param("size", size)
                .param("root", root)
                .param("at", Timestamp.from(now))
                .param("sig", signature)
                .update();
    }

    private LedgerEntrySource source(String type) {
        LedgerEntrySource source = sources.get(type);
        if (source == null) {
            throw new IllegalStateException("no ledger entry source for " + type);
        }
        return source;
    }

    /** The in-memory right edge, rebuilt from the stored subtrees after a start or a failed batch. */
    private CompactRange range() {
        if (range != null && range.size() != size()) {
            range = null; // another process appended meanwhile
        }
        if (range == null) {
            long size = size();
            List<byte[]> peaks = new ArrayList<>();
            long offset = 0;
            for (int level = 62; level >= 0; level--) {
                if ((size & (1L << level)) != 0) {
                    peaks.add(storedSubtree(level, offset >> level));
                    offset += 1L << level;
                }
            }
            range = CompactRange.of(size, peaks);
        }
        return range;
    }

    public long size() {
        return jdbc.sql("select coalesce(max(leaf_index) + 1, 0) from ledger_leaf")
                .query(Long.class)
                .single();
    }

    private byte[] storedSubtree(int level, long index) {
        if (level > 0 && level < LOWEST_STORED_LEVEL) {
            return subtreeOfLeaves(level, index);
        }
        String sql = level == 0
                ? "select leaf_hash from ledger_leaf where leaf_index = :index"
                : "select hash from ledger_node where level = :level and node_index = :index";
        return jdbc.sql(sql)
                .param("level", level)
                .param("index", index)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("ledger subtree " + level + "/" + index + " is missing"));
    }

    private byte[] subtreeOfLeaves(int level, long index) {
        long from = index << level;
        List<byte[]> leaves = jdbc.sql(
                        "select leaf_hash from ledger_leaf where leaf_index >= :from and leaf_index < :to order by leaf_index")
                .param("from", from)
                .param("to", from + (1L << level))
                .query(byte[].class)
                .list();
        if (leaves.size() != 1 << level) {
            throw new IllegalStateException(
                    "ledger leaves " + from + " to " + (from + (1L << level) - 1) + " are missing");
        }
        return Merkle.root(Merkle.over(leaves), leaves.size());
    }

    /** Subtree hashes from storage: perfect aligned subtrees are read, the ragged right edge is combined. */
    Merkle.Subtrees storedTree() {
        return new Merkle.Subtrees() {
            @Override
            public byte[] hash(long start, long end) {
                long n = end - start;
                if (Long.bitCount(n) == 1 && start % n == 0) {
                    int level = Long.numberOfTrailingZeros(n);
                    return storedSubtree(level, start >> level);
                }
                long k = Merkle.split(n);
                return Merkle.nodeHash(hash(start, start + k), hash(start + k, end));
            }
        };
    }

    public Optional<TreeHead> latestTreeHead() {
        return jdbc.sql("select * from tree_head order by tree_size desc limit 1")
                .query(Ledger::mapHead)
                .optional();
    }

    public TreeHead treeHead(long size) {
        return jdbc.sql("select * from tree_head where tree_size = :size")
                .param("size", size)
                .query(Ledger::mapHead)
                .optional()
                .orElseThrow(() -> new RecordNotFound("signed tree head of size", size));
    }

    public List<TreeHead> treeHeads() {
        return jdbc.sql("select * from tree_head order by tree_size")
                .query(Ledger::mapHead)
                .list();
    }

    public record Leaf(long index, String entryType, long refId, byte[] leafHash) {}

    public Leaf leaf(long index) {
        return jdbc.sql("select * from ledger_leaf where leaf_index = :index")
                .param("index", index)
                .query(Ledger::mapLeaf)
                .optional()
                .orElseThrow(() -> new RecordNotFound("ledger entry", index));
    }

    public Optional<Leaf> leafFor(String entryType, long refId) {
        return jdbc.sql("select * from ledger_leaf where entry_type = :type and ref_id = :ref")
                .param("type", entryType)
                .param("ref", refId)
                .query(Ledger::mapLeaf)
                .optional();
    }

    /** The entry as it would be logged today from the row's current state; empty if the row is gone. */
    public Optional<byte[]> entry(Leaf leaf) {
        Map<String, Object> fields =
                source(leaf.entryType()).entryFields(List.of(leaf.refId())).get(leaf.refId());
        return Optional.ofNullable(fields).map(f -> LedgerEntry.encode(leaf.entryType(), leaf.index(), f));
    }

    public List<byte[]> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new InvalidInput(
                    "leafIndex", "must be below the tree size " + treeSize, "app.error.leafIndex", "size", treeSize);
        }
        return Merkle.inclusionProof(storedTree(), index, treeSize);
    }

    public List<byte[]> consistencyProof(long first, long second) {
        checkSize(second);
        if (first < 1 || first > second) {
            throw new InvalidInput(
                    "first", "must be between 1 and the second size " + second, "error.range", "min", 1, "max", second);
        }
        return Merkle.consistencyProof(storedTree(), first, second);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 1 || treeSize > size()) {
            throw new InvalidInput(
                    "treeSize",
                    "must be between 1 and the ledger's size " + size(),
                    "error.range",
                    "min",
                    1,
                    "max",
                    size());
        }
    }

    Map<String, LedgerEntrySource> sources() {
        return sources;
    }

    static TreeHead mapHead(ResultSet rs, int row) throws SQLException {
        return new TreeHead(
                rs.getLong("tree_size"),
                rs.getBytes("root_hash"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getBytes("signature"));
    }

    static Leaf mapLeaf(ResultSet rs, int row) throws SQLException {
        return new Leaf(
                rs.getLong("leaf_index"), rs.getString("entry_type"), rs.getLong("ref_id"), rs.getBytes("leaf_hash"));
    }
}
