package org.casebook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.facility.FacilityService;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListRows;
import org.casebook.matching.DuplicateQueue;
import org.casebook.matching.DuplicateScorer;
import org.casebook.names.NationalIds;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
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

    private final PersonEdits persons;
    private final PersonIntake intake;
    private final PlaceService places;
    private final FacilityService facilities;

    ListDryRun(PersonEdits persons, PersonIntake intake, PlaceService places, FacilityService facilities) {
        this.persons = persons;
        this.intake = intake;
        this.places = places;
        this.facilities = facilities;
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
        return run(ListImports.opened(file), null, null);
    }

    /**
     * @param mapping   the field of each column, or null to guess it from the header
     * @param claimType the claim every row makes when no status column says otherwise, or null
     */
    Result run(ListFile.Opened opened, Map<Integer, ListColumns.Field> mapping, String claimType) {
        Permissions.require(Role.contributor);
        ListRows rows = opened.rows();
        if (!rows.hasNext()) {
            throw new InvalidInput("file", "the list is empty", "app.lists.error.empty");
        }
        List<String> header = rows.next().cells();
        Map<Integer, ListColumns.Field> columns = mapping == null ? ListColumns.guess(header) : mapping;
        if (!columns.containsValue(ListColumns.Field.name)) {
            throw new InvalidInput("file", "no column holds the names", "app.lists.error.noNames");
        }
        ListRowReading reading = new ListRowReading(columns, claimType, places, facilities);
        Set<String> seen = new HashSet<>();
        List<RowOutcome> outcomes = new ArrayList<>();
        int[] counts = new int[5];
        int judged = 0;
        while (rows.hasNext() && judged < MAX_ROWS) {
            ListRows.Row row = rows.next();
            judged++;
            RowOutcome outcome = judge(row, reading, seen);
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
                opened.encoding(),
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

    private RowOutcome judge(ListRows.Row row, ListRowReading reading, Set<String> seen) {
        if (row.problem() != null) {
            return new RowOutcome(row.line(), "refused", RowDetail.english(row.problem()));
        }
        ListRowReading.Entry entry = reading.read(row.cells());
        PersonCommand command = entry.person();
        try {
            persons.checkNew(command);
        } catch (InvalidInput e) {
            return new RowOutcome(
                    row.line(),
                    "refused",
                    RowDetail.english(RowDetail.of(e.problems().getFirst())));
        }
        String national = entry.nationalId() == null ? null : NationalIds.normalize(entry.nationalId());
        String key = entry.sameRowKey();
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
}
