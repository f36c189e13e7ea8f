package org.casebook.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The written status rules (docs/status-rules.md, packed into the build), as the pages that show them read them. */
public final class RulesDocument {
    private RulesDocument() {}

    /** The document's text; a build without it says so rather than failing the page. */
    public static String text() {
        try (InputStream in = RulesDocument.class.getResourceAsStream("/docs/status-rules.md")) {
            return in == null
                    ? "The rules document is missing from this build."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
