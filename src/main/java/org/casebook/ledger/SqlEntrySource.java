package org.casebook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ledger entry source read with one query: {@code sql} selects the rows by {@code = any(:ids)}, an array (one
 * statement and one plan whatever the batch's size), with their id in a column named id; {@code columns} turns a
 * row into entry fields.
 */
public record SqlEntrySource(JdbcClient jdbc, String entryType, String sql, Columns columns)
        implements LedgerEntrySource {

    public interface Columns {
        void read(ResultSet row, Map<String, Object> fields) throws SQLException;
    }

    @Override
    public Map<Long, Map<String, Object>> entryFields(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(sql)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    columns.read(rs, fields);
                    return Map.entry(rs.getLong("id"), fields);
                })
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
