package org.casebook.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.casebook.ledger.proof.Merkle;
import org.casebook.ledger.proof.ProofCheck;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A leaf deleted from the ledger. Verification goes on past it, and names the record it logged where it can: an
 * unlogged revision whose entry at that position hashes, with the other leaves of its block of 16, to the block's
 * stored subtree hash (the lowest one stored, {@link Ledger#LOWEST_STORED_LEVEL}).
 */
final class MissingLeaves {
    private static final byte[] UNKNOWN = new byte[32];

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private List<Long> unloggedIds;
    private Map<Long, Map<String, Object>> unlogged;
    private final Set<Long> identified = new HashSet<>();

    MissingLeaves(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /**
     * Reports the missing leaf and returns its hash when the record behind it was found (zeros otherwise);
     * {@code leaves} are the stored leaves around it by index.
     */
    byte[] recover(long index, Map<Long, Ledger.Leaf> leaves, Consumer<IntegrityProblem> problems) {
        int level = Ledger.LOWEST_STORED_LEVEL;
        int width = 1 << level;
        long first = index >> level << level;
        byte[] block = jdbc.sql("select hash from ledger_node where level = :level and node_index = :index")
                .param("level", level)
                .param("index", index >> level)
                .query(byte[].class)
                .optional()
                .orElse(null);
        List<byte[]> others = new ArrayList<>(width);
        for (long i = first; i < first + width; i++) {
            Ledger.Leaf leaf = leaves.get(i);
            others.add(i == index ? UNKNOWN : leaf == null ? null : leaf.leafHash());
        }
        if (block != null && !others.contains(null)) {
            // The other leaves' side of the path; only the missing leaf itself differs from candidate to candidate.
            List<byte[]> path = Merkle.inclusionProof(Merkle.over(others), index - first, width);
            for (Map.Entry<Long, Map<String, Object>> candidate : unlogged().entrySet()) {
                byte[] leaf =
                        Merkle.leafHash(LedgerEntry.encode(RevisionEntries.ENTRY_TYPE, index, candidate.getValue()));
                if (ProofCheck.inclusion(leaf, index - first, width, block, path)
                        .holds()) {
                    identified.add(candidate.getKey());
                    problems.accept(IntegrityProblem.of(
                            "removed",
                            IntegrityProblem.words("what.entry", "index", index),
                            IntegrityProblem.words(
                                    "entryGone",
                                    "logged",
                                    RevisionEntries.describe(candidate.getKey(), candidate.getValue()))));
                    return leaf;
                }
            }
        }
        problems.accept(IntegrityProblem.of(
                "removed",
                IntegrityProblem.words("what.entry", "index", index),
                IntegrityProblem.words("entryGoneUnknown")));
        return UNKNOWN;
    }

    Set<Long> identified() {
        return identified;
    }

    /**
     * Revisions neither logged, queued nor refused: each was either behind a leaf now missing or written around the
     * application. Read once per verification.
     */
    List<Long> unloggedIds() {
        if (unloggedIds == null) {
            unloggedIds = jdbc.sql("""
                            select r.id from revision r
                            where not exists (select 1 from ledger_leaf l where l.entry_type = 'revision' and l.ref_id = r.id)
                              and not exists (select 1 from ledger_queue q, unnest(coalesce(q.ref_ids, array[q.ref_id])) queued (id)
                                              where q.entry_type = 'revision' and queued.id = r.id)
                              and not exists (select 1 from ledger_refused f where f.entry_type = 'revision' and f.ref_id = r.id)
                            order by r.id""").query(Long.class).list();
        }
        return unloggedIds;
    }

    /** The candidates for a missing leaf, with their fields (the first 10,000 unlogged revisions). */
    private Map<Long, Map<String, Object>> unlogged() {
        if (unlogged == null) {
            List<Long> ids = unloggedIds();
            unlogged = ledger.sources()
                    .get(RevisionEntries.ENTRY_TYPE)
                    .entryFields(ids.subList(0, Math.min(ids.size(), 10_000)));
        }
        return unlogged;
    }
}
