package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import org.casebook.access.CurrentUser;
import org.casebook.source.SourceCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A long import refreshes PostgreSQL's statistics as it grows the tables, so cached plans follow the growth. */
@SpringBootTest
class ListImportStatisticsTest {
    @Autowired
    ListImports imports;

    @Autowired
    ListImportRun run;

    @Autowired
    JdbcClient jdbc;

    private Timestamp lastAnalyzed(String table) {
        return jdbc.sql("select last_analyze from pg_stat_user_tables where relname = :table")
                .param("table", table)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
    }

    @Test
    void theStatisticsAreRefreshedOnceTheImportHasWrittenItsFirstThousands() {
        StringBuilder csv = new StringBuilder("name,birth_year\n");
        int rows = ListImportRun.FIRST_STATISTICS_REFRESH + ListImportRun.CHUNK;
        for (int i = 0; i < rows; i++) {
            // Names no other test uses, each its own person.
            csv.append("Statistika Qarisi ")
                    .append(i)
                    .append(',')
                    .append(1940 + i % 60)
                    .append('\n');
        }
        Timestamp before = lastAnalyzed("claim");
        ListImport list = CurrentUser.asSystem(
                "statistics-test",
                () -> imports.create(
                        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                        "statistics.csv",
                        new SourceCommand(
                                "leak",
                                "A long list",
                                "Test police",
                                null,
                                null,
                                null,
                                "state",
                                null,
                                null,
                                true,
                                null,
                                null),
                        null,
                        null,
                        null,
                        null,
                        "statistics-test"));
        int chunksBeforeTheRefresh = ListImportRun.FIRST_STATISTICS_REFRESH / ListImportRun.CHUNK - 1;
        CurrentUser.asSystem("statistics-test", () -> run.runHere(list.id(), chunksBeforeTheRefresh));
        assertThat(lastAnalyzed("claim")).as("not yet").isEqualTo(before);

        ListImport done = CurrentUser.asSystem("statistics-test", () -> run.runHere(list.id(), Integer.MAX_VALUE));
        assertThat(done.state()).isEqualTo(ListImport.State.done);
        assertThat(lastAnalyzed("claim")).isNotNull().isNotEqualTo(before);
        assertThat(lastAnalyzed("person")).isNotNull();
    }
}
