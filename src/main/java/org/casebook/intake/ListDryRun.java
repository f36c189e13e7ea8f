package org.casebook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.facility.FacilityService;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListRows;
import org.casebook.matching.PossibleMatchFinder;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * What importing a list would do, saving nothing: the import's own check ({@link ListRowCheck}: each row read as a
 * person through the same checks as {@link PersonIntake}, then looked for among everyone documented, held in memory,
 * and among the rows before it in the same file, which join the check as the import's created rows do), in the import's
 * chunks and order. The counts are what an editor decides on before the import itself. Like the import, it is an
 * editor's: it reads everyone documented.
 */
@Service
public class ListDryRun {
    /**
     * Rows judged by a dry run a request waits for (the stateless API); the counts say when a file has more. A dry run
     * in the background ({@link ListDryRuns}) or from the command line judges every row.
     */
    static final int MAX_ROWS = 10_000;
    /** Rows whose outcome is listed one by one (the counts cover them all). */
    static final int LISTED = 200;

    private final PersonEdits persons;
    private final PersonService records;
    private final PossibleMatchFinder possible;
    private final PlaceService places;
    private final FacilityService facilities;

    ListDryRun(
            PersonEdits persons,
            PersonService records,
            PossibleMatchFinder possible,
            PlaceService places,
            FacilityService facilities) {
        this.persons = persons;
        this.records = records;
        this.possible = possible;
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
        return run(ListImports.opened(file), null, null, MAX_ROWS, 0, (phase, done, total) -> {});
    }

    /**
     * Every row of the list.
     *
     * @param mapping   the field of each column, or null to guess it from the header
     * @param claimType the claim every row makes when no status column says otherwise, or null
     */
    Result run(ListFile.Opened opened, Map<Integer, ListColumns.Field> mapping, String claimType) {
        return run(opened, mapping, claimType, Integer.MAX_VALUE, 0, (phase, done, total) -> {});
    }

    /** Where a dry run is: {@code reading} everyone documented (persons), then {@code judging} the rows. */
    interface Steps {
        void at(String phase, long done, long total);
    }

    /**
     * The first {@code limit} rows, telling {@code steps} how far it has come; {@code rows}: the list's rows, if known
     * (else 0).
     */
    Result run(
            ListFile.Opened opened,
            Map<Integer, ListColumns.Field> mapping,
            String claimType,
            int limit,
            long rows,
            Steps steps) {
        Permissions.require(Role.editor);
        ListRows lines = opened.rows();
        if (!lines.hasNext()) {
            throw new InvalidInput("file", "the list is empty", "app.lists.error.empty");
        }
        List<String> header = lines.next().cells();
        Map<Integer, ListColumns.Field> columns = mapping == null ? ListColumns.guess(header) : mapping;
        if (!columns.containsValue(ListColumns.Field.name)) {
            throw new InvalidInput("file", "no column holds the names", "app.lists.error.noNames");
        }
        ListRowCheck check = new ListRowCheck(
                new ListRowReading(columns, claimType, places, facilities),
                persons,
                possible,
                possible.matcher((done, total) -> steps.at("reading", done, total)));
        long judging = rows > 0 ? Math.min(rows, limit) : limit;
        List<Judged> outcomes = new ArrayList<>();
        int[] counts = new int[5];
        int judged = 0;
        while (lines.hasNext() && judged < limit) {
            steps.at("judging", judged, Math.max(judged, judging));
            List<ListRows.Row> chunk = new ArrayList<>();
            while (lines.hasNext() && judged < limit && chunk.size() < ListImportRun.CHUNK) {
                chunk.add(lines.next());
                judged++;
            }
            for (CheckedRow row : check.check(chunk)) {
                count(judged(row), counts, outcomes);
            }
        }
        return new Result(
                opened.encoding(),
                header,
                columns,
                judged,
                !lines.hasNext(),
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                shown(outcomes));
    }

    private static void count(Judged outcome, int[] counts, List<Judged> outcomes) {
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

    /** A row's outcome with the documented person it may be (by internal id), before public ids are read. */
    private record Judged(int line, String outcome, String detail, Long personId) {}

    /** The listed outcomes, each possible match named by its public id (read once for all of them). */
    private List<RowOutcome> shown(List<Judged> outcomes) {
        Map<Long, String> publicIds = records.publicIds(outcomes.stream()
                .map(Judged::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return outcomes.stream()
                .map(j -> new RowOutcome(
                        j.line(), j.outcome(), j.personId() == null ? j.detail() : publicIds.get(j.personId())))
                .toList();
    }

    /**
     * A row as the import's own check judged it ({@link ListRowCheck}), in the dry run's words: a person the row refers
     * to by a negative id is an earlier row of the file, which the import would have created.
     */
    private static Judged judged(CheckedRow row) {
        return switch (row.outcome) {
            case "refused" -> new Judged(row.line, "refused", RowDetail.english(row.refusal), null);
            case "created" -> new Judged(row.line, "new", null, null);
            case "queued" ->
                new Judged(
                        row.line,
                        "needs_review",
                        null,
                        row.reviewWith != null && row.reviewWith > 0 ? row.reviewWith : null);
            default ->
                row.attachTo != null && row.attachTo > 0
                        ? new Judged(row.line, "likely_same", null, row.attachTo)
                        : new Judged(row.line, "same_as_earlier_row", null, null);
        };
    }
}
