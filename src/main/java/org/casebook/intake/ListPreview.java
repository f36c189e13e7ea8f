package org.casebook.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.facility.FacilityService;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListRows;
import org.casebook.person.PersonEdits;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * Before an import: its first rows as the mapping reads them, each field's problem beside it, and the dry run over
 * the stored file with that mapping.
 */
@Service
public class ListPreview {
    static final int ROWS = 20;

    private final ListImports imports;
    private final PersonEdits persons;
    private final PlaceService places;
    private final FacilityService facilities;

    ListPreview(ListImports imports, PersonEdits persons, PlaceService places, FacilityService facilities) {
        this.imports = imports;
        this.persons = persons;
        this.places = places;
        this.facilities = facilities;
    }

    /**
     * A row as read: each mapped field's value and its problem, and the problem of the row as a whole (a message key).
     */
    public record PreviewRow(
            int line,
            Map<ListColumns.Field, String> values,
            Map<ListColumns.Field, InvalidInput.FieldProblem> problems,
            String problem) {}

    public List<PreviewRow> firstRows(long id) {
        ListImport list = imports.get(id);
        ListRowReading reading = new ListRowReading(list.mapping(), list.claimType(), places, facilities);
        List<PreviewRow> shown = new ArrayList<>();
        try (ListFile.Opened opened = imports.open(list, CurrentUser.name())) {
            ListRows rows = opened.rows();
            rows.next();
            while (rows.hasNext() && shown.size() < ROWS) {
                ListRows.Row row = rows.next();
                Map<ListColumns.Field, String> values = new LinkedHashMap<>();
                list.mapping()
                        .forEach((column, field) -> values.merge(
                                field,
                                column < row.cells().size() ? row.cells().get(column) : "",
                                (a, b) -> a + "; " + b));
                Map<ListColumns.Field, InvalidInput.FieldProblem> problems = new LinkedHashMap<>();
                if (row.problem() == null) {
                    try {
                        persons.checkNew(reading.read(row.cells()).person());
                    } catch (InvalidInput e) {
                        e.problems().forEach(p -> problems.putIfAbsent(field(p.field(), list.mapping()), p));
                    }
                }
                shown.add(new PreviewRow(row.line(), values, problems, row.problem()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shown;
    }

    /** Which column a person's problem belongs to. */
    static ListColumns.Field field(String problemField, Map<Integer, ListColumns.Field> mapping) {
        if (problemField.startsWith("names")) {
            return ListColumns.Field.name;
        }
        if (problemField.startsWith("birthYear")) {
            return mapping.containsValue(ListColumns.Field.birth_year)
                    ? ListColumns.Field.birth_year
                    : ListColumns.Field.birth_date;
        }
        return switch (problemField) {
            case "gender" -> ListColumns.Field.gender;
            case "hometownPlaceId" -> ListColumns.Field.hometown;
            default -> ListColumns.Field.national_id;
        };
    }
}
