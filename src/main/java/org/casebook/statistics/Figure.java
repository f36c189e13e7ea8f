package org.casebook.statistics;

import java.util.List;

/**
 * One counted table of the statistics page, language-free so it can be kept and shown in any language: rows and
 * columns are codes of a vocabulary (labelled in the reader's language) or, with no vocabulary, shown as they are
 * (years, place names). {@code what} says what is counted: persons, claims or sources.
 */
public record Figure(
        String id, String what, String rowVocabulary, List<Row> rows, String columnVocabulary, List<String> columns) {

    public record Row(String code, List<Long> values) {
        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One count per row. */
    static Figure single(String id, String what, String rowVocabulary, List<Row> rows) {
        return new Figure(id, what, rowVocabulary, rows, null, List.of(what));
    }

    public long total() {
        return rows.stream().mapToLong(Row::total).sum();
    }
}
