package org.casebook.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The English label of each vocabulary code, from the {@code label.} keys of the English message bundle
 * ({@code i18n/messages.properties}), where each language has its own ({@code Texts.label} gives the reader's).
 * Explanations and the search text show labels, never codes; a code without a label shows as itself (and fails
 * LabelsTest).
 */
public final class Labels {
    /** What every label key starts with, in every language. */
    public static final String PREFIX = "label.";

    private static final Properties TABLE = load();

    private Labels() {}

    /** The label of an enum constant of a vocabulary: {@code Party.state_media} → "state media". */
    public static String of(Enum<?> code) {
        return code == null ? "" : of(code.getDeclaringClass().getSimpleName(), code.name());
    }

    /** The label of a code given as text, such as a claim type or a code in a published record. */
    public static String of(String vocabulary, String code) {
        return code == null ? "" : TABLE.getProperty(PREFIX + vocabulary + "." + code, code);
    }

    public static String claimType(String code) {
        return of("ClaimType", code);
    }

    /** Whether the table has a label for this code (for the test that every code has one). */
    public static boolean has(String vocabulary, String code) {
        return TABLE.containsKey(PREFIX + vocabulary + "." + code);
    }

    private static Properties load() {
        Properties table = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/i18n/messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/messages.properties is missing from the application");
            }
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
