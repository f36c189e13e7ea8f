package org.casebook.intake;

import java.util.List;
import java.util.Map;
import org.casebook.lists.ListColumns;
import org.casebook.source.Source;
import org.casebook.web.FormErrors;

/**
 * What the import page shows: the import and its source, each column's field, the first rows as read, the dry run
 * when one was asked for (under way, or its result), the outcomes so far, and the problems of the last form sent.
 */
public record ListImportPage(
        ListImport list,
        Source source,
        Map<String, Integer> counts,
        List<ListPreview.PreviewRow> preview,
        ListDryRuns.Progress dryRun,
        List<ListImport.Row> outcomes,
        FormErrors errors) {

    /** The field a column is mapped to, or "" when it is left out. */
    public String fieldOf(int column) {
        ListColumns.Field field = list.mapping().get(column);
        return field == null ? "" : field.name();
    }

    public static List<ListColumns.Field> fields() {
        return List.of(ListColumns.Field.values());
    }
}
