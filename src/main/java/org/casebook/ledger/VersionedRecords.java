package org.casebook.ledger;

import java.util.Map;

/**
 * The current rows of one kind of record, in the canonical form their revisions hold. The verifier compares each
 * with its latest revision, so a row edited behind the application's back is found.
 */
public interface VersionedRecords {
    RecordType recordType();

    /** Up to {@code limit} current rows with ids above {@code afterId}, as id → canonical JSON, in id order. */
    Map<Long, String> currentContent(long afterId, int limit);

    /** The usual implementation: a page of a table's rows, each in the canonical form of its revisions. */
    static <T> Map<Long, String> page(org.springframework.jdbc.core.simple.JdbcClient jdbc, String table,
                                      org.springframework.jdbc.core.RowMapper<T> rows, java.util.function.ToLongFunction<T> id,
                                      java.util.function.Function<T, Map<String, Object>> content, long afterId, int limit) {
        Map<Long, String> page = new java.util.LinkedHashMap<>();
        jdbc.sql("select * from " + table + " where id > :after order by id limit :limit").param("after", afterId)
                .param("limit", limit).query(rows).list()
                .forEach(row -> page.put(id.applyAsLong(row), CanonicalJson.write(content.apply(row))));
        return page;
    }
}
