package org.casebook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * What backup and restore ask of the ledger's tables on a plain JDBC connection (they run without Spring, on the
 * snapshot or the empty store being restored into).
 */
public final class StoreState {
    private StoreState() {}

    public record Head(long treeSize, byte[] rootHash) {}

    /** Whether the store holds any record at all: every record has at least one revision. */
    public static boolean holdsRecords(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery("select exists (select 1 from revision)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    public static Optional<Head> latestTreeHead(Statement sql) throws SQLException {
        try (ResultSet rs =
                sql.executeQuery("select tree_size, root_hash from tree_head order by tree_size desc limit 1")) {
            return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getBytes(2))) : Optional.empty();
        }
    }
}
