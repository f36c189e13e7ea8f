package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.lists.ListColumns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** `casebook import`: a dry run that saves nothing, then the import with its progress, columns given by header. */
@SpringBootTest
class ImportCommandTest {
    @Autowired
    ListImports imports;

    @Autowired
    ListImportRun run;

    @Autowired
    ListDryRun dryRun;

    @Test
    void aListIsDryRunThenImportedFromTheCommandLine() throws Exception {
        Path file = Files.createTempFile("register", ".csv");
        Files.writeString(
                file, "kim,yil,cins\nCommand Line Ayshe,1977,f\nCommand Line Memet,1969,m\n", StandardCharsets.UTF_8);
        ImportCommand.Services services = new ImportCommand.Services(imports, run, dryRun);
        long before = CurrentUser.asSystem("test", () -> imports.recent(1000).size());

        String dry = captured(() -> assertThat(CurrentUser.asSystem(
                        "test", () -> ImportCommand.importList(services, file, Map.of("dry-run", "", "title", "x"))))
                .isEqualTo(1));
        assertThat(dry).contains("not imported").contains("no column holds the names");
        String mapped = captured(() -> assertThat(CurrentUser.asSystem(
                        "test",
                        () -> ImportCommand.importList(
                                services, file, Map.of("dry-run", "", "mapping", "kim=name,yil=birth_year"))))
                .isZero());
        assertThat(mapped).contains("2 rows (UTF-8): 2 new");

        String done = captured(() -> assertThat(CurrentUser.asSystem(
                        "test",
                        () -> ImportCommand.importList(
                                services,
                                file,
                                Map.of(
                                        "title", "A register",
                                        "kind", "other",
                                        "party", "ngo",
                                        "mapping", "kim=name,1=birth_year,cins=gender",
                                        "claim-type", "no_contact"))))
                .isZero());
        assertThat(done).contains("2 rows").contains("done").contains("created=2");
        assertThat(CurrentUser.asSystem("test", () -> imports.recent(1000).size()))
                .isEqualTo(before + 1);
        assertThat(ImportCommand.columns("0=name,yil=birth_year", List.of("kim", "yil")))
                .containsEntry(0, ListColumns.Field.name)
                .containsEntry(1, ListColumns.Field.birth_year);
        Files.delete(file);
    }

    private static String captured(Runnable work) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
