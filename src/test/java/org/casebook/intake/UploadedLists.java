package org.casebook.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.casebook.access.CurrentUser;
import org.casebook.source.SourceCommand;

/** A list uploaded for an import test, from a register with no more said of it than its kind and party. */
final class UploadedLists {
    private UploadedLists() {}

    static long upload(ListImports imports, String csv, String fileName) {
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
}
