package org.casebook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListRows;
import org.casebook.matching.DuplicateQueue;
import org.casebook.matching.DuplicateScorer;
import org.casebook.names.NameKeys;
import org.casebook.names.NationalIds;
import org.casebook.person.NameCommand;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.place.Place;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * What importing a list would do, saving nothing: each row read as a person through the same checks as
 * {@link PersonIntake}, then looked for among the record (likely the same, needs review) and among the rows before it
 * in the same file. The counts are what an editor decides on before the import itself.
 */
@Service
public class ListDryRun {
    /** Rows judged in one dry run; the counts say when a file has more. */
    static final int MAX_ROWS = 10_000;
    /** Rows whose outcome is listed one by one (the counts cover them all). */
    static final int LISTED = 200;

    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");

    private final PersonEdits persons;
    private final PersonIntake intake;
    private final PlaceService places;

    ListDryRun(PersonEdits persons, PersonIntake intake, PlaceService places) {
        this.persons = persons;
        this.intake = intake;
        this.places = places;
    }

    /** One row's outcome: new, likely the same as CB-…, needs review, the same as an earlier row, or refused and why. */
    public record RowOutcome(int line, String outcome, String detail) {}

    public record Result(
            String encoding,
            List<String> header,
            Map<Integer, ListColumns.Field> columns,
            int rows,
            boolean complete,
            int newPersons,
            int likelySame,
            int needsReview,
            int sameAsEarlierRow,
            int refused,
            List<RowOutcome> outcomes) {}

    public Result run(InputStream file) throws IOException {
        Permissions.require(Role.contributor);
        ListFile.Opened opened = ListFile.open(file);
        ListRows rows = opened.rows();
        if (!rows.hasNext()) {
            throw new InvalidInput("file", "the list is empty", "app.lists.error.empty");
        }
        List<String> header = rows.next().cells();
        Map<Integer, ListColumns.Field> columns = ListColumns.guess(header);
        if (!columns.containsValue(ListColumns.Field.name)) {
            throw new InvalidInput("file", "no column holds the names", "app.lists.error.noNames");
        }
        Map<String, Long> placeIds = placeIds();
        Set<String> seen = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        int[] counts = new int[5];
        int judged = 0;
        while (rows.hasNext() && judged < MAX_ROWS) {
            ListRows.Row row = rows.next();
            judged++;
            RowOutcome outcome = judge(row, columns, placeIds, seen);
            counts[
                    switch (outcome.outcome()) {
                        case "new" -> 0;
                        case "likely_same" -> 1;
                        case "needs_review" -> 2;
                        case "same_as_earlier_row" -> 3;
                        default -> 4;
                    }]++;
            if (outcomes.size() < LISTED) {
                outcomes.add(outcome);
            }
        }
        return new Result(
                opened.charset().name(),
                header,
                columns,
                judged,
                !rows.hasNext(),
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                outcomes);
    }

    private RowOutcome judge(
            ListRows.Row row, Map<Integer, ListColumns.Field> columns, Map<String, Long> placeIds, Set<String> seen) {
        if (row.problem() != null) {
            return new RowOutcome(row.line(), "refused", row.problem());
        }
        PersonCommand command = command(row.cells(), columns, placeIds);
        try {
            persons.checkNew(command);
        } catch (InvalidInput e) {
            InvalidInput.FieldProblem first = e.problems().getFirst();
            return new RowOutcome(row.line(), "refused", first.field() + ": " + first.message());
        }
        String national = command.nationalId() == null ? null : NationalIds.normalize(command.nationalId());
        String key = national != null
                ? "id:" + national
                : "name:"
                        + String.join(
                                " ",
                                NameKeys.words(NameKeys.toLatin(
                                        command.names().getFirst().text()))) + "/" + command.birthYearFrom();
        if (!seen.add(key)) {
            return new RowOutcome(row.line(), "same_as_earlier_row", null);
        }
        List<DuplicateQueue.Match> matches = intake.possibleMatches(command, national);
        if (matches.isEmpty()) {
            return new RowOutcome(row.line(), "new", null);
        }
        DuplicateQueue.Match best = matches.getFirst();
        boolean likely = DuplicateScorer.Band.likely_same.name().equals(best.band());
        return new RowOutcome(row.line(), likely ? "likely_same" : "needs_review", best.publicId());
    }

    /** A row as the person it describes; what the columns do not give stays empty. */
    static PersonCommand command(
            List<String> cells, Map<Integer, ListColumns.Field> columns, Map<String, Long> places) {
        List<NameCommand> names = new ArrayList<>();
        String gender = "unknown";
        Integer year = null;
        Long hometown = null;
        String nationalId = null;
        for (Map.Entry<Integer, ListColumns.Field> column : columns.entrySet()) {
            String value =
                    column.getKey() < cells.size() ? cells.get(column.getKey()).strip() : "";
            if (value.isEmpty()) {
                continue;
            }
            switch (column.getValue()) {
                case name -> names.addFirst(new NameCommand(value, "primary", null, null, null));
                case other_name -> names.add(new NameCommand(value, "alias", null, null, null));
                case gender -> gender = gender(value);
                case birth_date, birth_year -> {
                    Matcher m = YEAR.matcher(value);
                    year = m.find() ? Integer.valueOf(m.group(1)) : year;
                }
                case hometown -> hometown = places.get(value.toLowerCase(Locale.ROOT));
                case national_id -> nationalId = value;
                default -> {}
            }
        }
        return new PersonCommand(gender, year, year, null, hometown, null, null, false, names, null, null, nationalId);
    }

    /** Gender as lists write it, in the languages they come in. */
    static String gender(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "f", "female", "woman", "女", "kadın", "kadin", "ئايال", "ж", "жен", "женский", "әйел" -> "female";
            case "m", "male", "man", "男", "erkek", "ئەر", "м", "муж", "мужской", "ер" -> "male";
            default -> "unknown";
        };
    }

    private Map<String, Long> placeIds() {
        Map<String, Long> ids = new HashMap<>();
        for (Place place : places.all()) {
            ids.putIfAbsent(place.name().toLowerCase(Locale.ROOT), place.id());
            place.otherNames().forEach(n -> ids.putIfAbsent(n.toLowerCase(Locale.ROOT), place.id()));
        }
        return ids;
    }
}
