package org.casebook.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored hashes of perfect subtrees, which the proofs API serves, against the same subtrees hashed again from
 * the stored leaves: an edited node would make the API hand out proofs that do not verify. Nodes below
 * {@link Ledger#LOWEST_STORED_LEVEL} are no longer written; a store from before that still holds some, and they are
 * checked too.
 */
final class StoredNodes {
    private static final int REPORTED = 20;

    private final JdbcClient jdbc;
    private final Consumer<IntegrityProblem> problems;
    private final List<long[]> positions = new ArrayList<>();
    private final List<byte[]> hashes = new ArrayList<>();
    private int reported;
    /** Whether this store still holds nodes below the lowest level written now; most stores hold none. */
    private final boolean olderLowerNodes;

    StoredNodes(JdbcClient jdbc, Consumer<IntegrityProblem> problems) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.olderLowerNodes = jdbc.sql("select exists (select 1 from ledger_node where level < :level)")
                .param("level", Ledger.LOWEST_STORED_LEVEL)
                .query(Boolean.class)
                .single();
    }

    void completed(int level, long index, byte[] hash) {
        if (level < Ledger.LOWEST_STORED_LEVEL && !olderLowerNodes) {
            // Fifteen of every sixteen nodes completed: not looked up in a store that cannot hold them.
            return;
        }
        positions.add(new long[] {level, index});
        hashes.add(hash);
    }

    /** Compares the nodes completed since the last call with the stored ones. */
    void compare() {
        if (positions.isEmpty()) {
            return;
        }
        Map<String, byte[]> stored = new HashMap<>();
        jdbc.sql("""
                        select n.level, n.node_index, n.hash from ledger_node n
                        join unnest(:levels, :indexes) as k(level, node_index) on n.level = k.level and n.node_index = k.node_index""")
                .param("levels", positions.stream().map(p -> (int) p[0]).toArray(Integer[]::new))
                .param("indexes", positions.stream().map(p -> p[1]).toArray(Long[]::new))
                .query(rs -> {
                    stored.put(rs.getInt(1) + "/" + rs.getLong(2), rs.getBytes(3));
                });
        for (int i = 0; i < positions.size() && reported < REPORTED; i++) {
            long[] p = positions.get(i);
            byte[] found = stored.get(p[0] + "/" + p[1]);
            IntegrityProblem.Words what = IntegrityProblem.words(
                    "what.node", "level", p[0], "index", p[1], "from", p[1] << p[0], "to", ((p[1] + 1) << p[0]) - 1);
            if (found == null && p[0] >= Ledger.LOWEST_STORED_LEVEL) {
                reported++;
                problems.accept(IntegrityProblem.of("removed", what, IntegrityProblem.words("nodeMissing")));
            } else if (found != null && !Arrays.equals(found, hashes.get(i))) {
                reported++;
                // A lower node from an older store is no longer read by any proof, but it was still changed.
                String detail = p[0] >= Ledger.LOWEST_STORED_LEVEL ? "nodeDiffers" : "unreadNodeDiffers";
                problems.accept(IntegrityProblem.of("altered", what, IntegrityProblem.words(detail)));
            }
        }
        positions.clear();
        hashes.clear();
    }
}
