package org.casebook.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current rows of one kind of record, in the canonical form their revisions hold. The verifier compares each
 * with its latest revision, so a row edited behind the application's back is found.
 */
public interface VersionedRecords {
    RecordType recordType();

    /** Up to {@code limit} current rows with ids above {@code afterId}, as id → canonical JSON, in id order. */
    Map<Long, String> currentContent(long afterId, int limit);

    /** The usual implementation: a page of a table's rows, each in the canonical form of its revisions. */
    static <T> Map<Long, String> page(
            JdbcClient jdbc,
            String table,
            RowMapper<T> rows,
            ToLongFunction<T> id,
            Function<T, Map<String, Object>> content,
            long afterId,
            int limit) {
        Map<Long, String> page = new LinkedHashMap<>();
        jdbc.sql("select * from " + table + " where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(rows)
                .list()
                .forEach(row -> page.put(id.applyAsLong(row), CanonicalJson.write(content.apply(row))));
        return page;
    }
}
