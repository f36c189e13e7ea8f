package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.database.PlannerStatistics;
import org.casebook.records.InvalidInput;
import org.casebook.source.SourceCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A long list imported in chunks by two writers: stopped and continued without a row twice, rows that find the persons
 * earlier chunks became, an import still finishing its chunks, the planner's statistics as the tables grow.
 */
// The same context as ListImportTest's, so the two share one server.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListImportChunksTest {
    @Autowired
    ListImportRun run;

    @Autowired
    ListImports imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoppedImportContinuesWhereItStoppedAndImportsNoRowTwice() {
        StringBuilder list = new StringBuilder("name,birth_year,gender\n");
        for (int i = 0; i < 450; i++) {
            // Row 300 is row 100 again (same name and birth year), on the far side of the stop; row 260 is row 60
            // with -jan added to its last name, a chunk later: found by its name, not repeated exactly; row 150 is
            // row 110 so changed, in the same chunk.
            int same = i == 300 ? 100 : i == 260 ? 60 : i == 150 ? 110 : i;
            list.append("Resume Person " + words(same) + (i == 260 || i == 150 ? "jan" : ""))
                    .append(',')
                    .append(1950 + i % 40)
                    .append(",f\n");
        }
        long id = upload(list.toString(), "resume.csv");
        ListImport stopped = CurrentUser.asSystem("test", () -> run.runHere(id, 1));
        assertThat(stopped.state()).isEqualTo(ListImport.State.stopped);
        assertThat(stopped.rowsRead()).isEqualTo(ListImportRun.CHUNK);
        assertThat(stopped.nextLine()).isEqualTo(ListImportRun.CHUNK + 2);
        List<Integer> lines = continueToTheEnd(id, 450);
        assertThat(lines.getFirst()).isEqualTo(2);
        assertThat(lines.getLast()).isEqualTo(451);
        Map<Integer, ListImport.Row> rows = new HashMap<>();
        CurrentUser.asSystem("test", () -> imports.rows(id, 0, 1000)).forEach(r -> rows.put(r.line(), r));
        assertThat(rows.get(152).outcome())
                .as("a near duplicate in the same chunk")
                .isEqualTo("attached");
        assertThat(rows.get(152).personPublicId()).isEqualTo(rows.get(112).personPublicId());
        assertThat(rows.get(302).outcome()).isEqualTo("attached");
        assertThat(rows.get(302).personPublicId()).isEqualTo(rows.get(102).personPublicId());
        assertThat(rows.get(262).outcome())
                .as(rows.get(62) + " / " + rows.get(262) + " / "
                        + rows.values().stream()
                                .filter(r -> !r.outcome().equals("created"))
                                .toList())
                .isIn("attached", "queued");
    }

    @Test
    void aContinuedImportPassesOverTheRowsAChunkWrittenBesideAnEarlierOneKept() {
        StringBuilder list = new StringBuilder("name,birth_year,gender\n");
        for (int i = 0; i < 450; i++) {
            list.append("Beside Person " + words(i + 3000))
                    .append(',')
                    .append(1950 + i % 40)
                    .append(",m\n");
        }
        long id = upload(list.toString(), "beside.csv");
        CurrentUser.asSystem("test", () -> run.runHere(id, 2));
        // As a stop leaves it when the second chunk was written while the first was still under way.
        jdbc.sql("update list_import set next_line = :line where id = :id")
                .param("line", ListImportRun.CHUNK + 2)
                .param("id", id)
                .update();

        continueToTheEnd(id, 450);
    }

    /** Continues a stopped import to its end: every row's outcome kept once; the lines kept, in order. */
    private List<Integer> continueToTheEnd(long id, int rows) {
        ListImport done = CurrentUser.asSystem("test", () -> run.runHere(id, Integer.MAX_VALUE));
        assertThat(done.state()).isEqualTo(ListImport.State.done);
        assertThat(done.rowsRead()).isEqualTo(rows);
        List<Integer> lines = jdbc.sql("select line from list_import_row where import_id = :id order by line")
                .param("id", id)
                .query(Integer.class)
                .list();
        assertThat(lines).hasSize(rows).doesNotHaveDuplicates();
        return lines;
    }

    @Test
    void anImportStillFinishingItsChunksAfterAStopIsNeitherContinuedNorUndoneUntilItHasFinished() {
        StringBuilder list = new StringBuilder("name,birth_year,gender\n");
        for (int i = 0; i < 250; i++) {
            list.append("Busy Person " + words(i + 5000))
                    .append(',')
                    .append(1950 + i % 40)
                    .append(",f\n");
        }
        long id = upload(list.toString(), "busy.csv");
        CurrentUser.asSystem("test", () -> run.runHere(id, 1));
        // As the run holds it while its writers finish the chunks under way after an editor's stop.
        run.active.add(id);

        assertThatThrownBy(() -> CurrentUser.asSystem("test", () -> run.runHere(id, Integer.MAX_VALUE)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> CurrentUser.asSystem("test", () -> run.undo(id, "the wrong list")))
                .isInstanceOf(InvalidInput.class);
        assertThat(CurrentUser.asSystem("test", () -> imports.get(id)).state()).isEqualTo(ListImport.State.stopped);

        run.active.remove(id);
        continueToTheEnd(id, 250);
    }

    @Test
    void rowsFindThePersonsThatEarlierChunksOfTheSameRunBecame() {
        StringBuilder list = new StringBuilder("name,birth_year,gender\n");
        for (int i = 0; i < 450; i++) {
            // Checked ahead of the writing, a row refers to an earlier chunk's row before its person is written: row
            // 230 is row 20 with -jan added (found by the check), row 240 repeats row 30 (found by name and birth
            // year), row 420 repeats row 230, whose person is row 20's.
            int same = i == 230 ? 20 : i == 240 ? 30 : i == 420 ? 230 : i;
            int as = same == 230 ? 20 : same;
            list.append("Ahead Person " + words(as + 7000) + (same == 230 ? "jan" : ""))
                    .append(',')
                    .append(1950 + as % 40)
                    .append(",m\n");
        }
        long id = upload(list.toString(), "ahead.csv");
        ListImport done = CurrentUser.asSystem("test", () -> run.runHere(id, Integer.MAX_VALUE));
        assertThat(done.state()).isEqualTo(ListImport.State.done);
        Map<Integer, ListImport.Row> rows = new HashMap<>();
        CurrentUser.asSystem("test", () -> imports.rows(id, 0, 1000)).forEach(r -> rows.put(r.line(), r));
        assertThat(rows.values()).hasSize(450);
        for (int[] pair : new int[][] {{232, 22}, {242, 32}, {422, 22}}) {
            assertThat(rows.get(pair[0]).outcome()).as("line " + pair[0]).isEqualTo("attached");
            assertThat(rows.get(pair[0]).personPublicId())
                    .as("line " + pair[0])
                    .isEqualTo(rows.get(pair[1]).personPublicId());
        }
        assertThat(rows.values()).extracting(ListImport.Row::outcome).doesNotContain("refused");
    }

    @Test
    void aLongImportRefreshesTheDatabaseStatisticsAsItGrowsTheTables() {
        // Cached plans keep the table sizes they were made with until the tables are analyzed (PlannerStatistics).
        StringBuilder csv = new StringBuilder("name,birth_year\n");
        int rows = PlannerStatistics.FIRST_REFRESH + ListImportRun.CHUNK;
        for (int i = 0; i < rows; i++) {
            csv.append("Statistika Qarisi ")
                    .append(i)
                    .append(',')
                    .append(1940 + i % 60)
                    .append('\n');
        }
        Timestamp before = lastAnalyzed("claim");
        long id = upload(csv.toString(), "statistics.csv");
        int chunksBeforeTheRefresh = PlannerStatistics.FIRST_REFRESH / ListImportRun.CHUNK - 1;
        CurrentUser.asSystem("test", () -> run.runHere(id, chunksBeforeTheRefresh));
        assertThat(lastAnalyzed("claim")).as("not yet").isEqualTo(before);

        // Continued, the import counts from its first row: the refresh comes at the same place.
        ListImport done = CurrentUser.asSystem("test", () -> run.runHere(id, Integer.MAX_VALUE));
        assertThat(done.state()).isEqualTo(ListImport.State.done);
        assertThat(lastAnalyzed("claim")).isNotNull().isNotEqualTo(before);
        assertThat(lastAnalyzed("person")).isNotNull();
    }

    private Timestamp lastAnalyzed(String table) {
        return jdbc.sql("select last_analyze from pg_stat_user_tables where relname = :table")
                .param("table", table)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
    }

    private long upload(String csv, String fileName) {
        return CurrentUser.asSystem(
                "test",
                () -> imports.create(
                                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                                fileName,
                                new SourceCommand(
                                        "other",
                                        "A register",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "ngo",
                                        null,
                                        null,
                                        false,
                                        null,
                                        null),
                                null,
                                null,
                                null,
                                null,
                                "test")
                        .id());
    }

    /** Two made-up words of three syllables each for row i, neither shared with another row's. */
    private static String words(int i) {
        return word(i) + " " + word(i + 5000);
    }

    private static String word(int n) {
        String[] syllables = {"ka", "lu", "mer", "ti", "zo", "ba", "nur", "se", "gu", "ye"};
        String w =
                syllables[n % 10] + syllables[(n / 10) % 10] + syllables[(n / 100) % 10] + syllables[(n / 1000) % 10];
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
