package org.casebook.intake;

import java.io.IOException;
import org.casebook.records.InvalidInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How Casebook's published JSON export is read: its top-level fields in the file's order, its arrays one element at a
 * time (never the whole file in memory), and its values as the public answer writes them.
 */
final class ExportJson {
    private ExportJson() {}

    /** Reads one value at a time from a parser that goes on past it. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static InvalidInput notAnExport() {
        return new InvalidInput(
                "file",
                "this is not Casebook's published JSON export (persons, sources, facilities)",
                "app.imports.error.publishedJson");
    }

    interface Field {
        /** Reads the field's value, the parser standing on its first token. */
        void read(String name) throws IOException;
    }

    /** Each top-level field of the export's object, in the file's order. */
    static void eachField(JsonParser parser, Field action) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw notAnExport();
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            action.read(name);
        }
    }

    interface Element {
        void accept(JsonNode node);
    }

    /** Each element of the array the parser stands on, read one at a time. */
    static void each(JsonParser parser, Element action) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw notAnExport();
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            action.accept(JSON.readTree(parser));
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw notAnExport();
        }
    }

    /** "1963", or "1960–1965" for a range, as the public answer writes birth years. */
    static Integer[] years(String shown) {
        if (shown == null || shown.isBlank()) {
            return new Integer[] {null, null};
        }
        String[] parts = shown.split("[–-]", 2);
        try {
            Integer from = Integer.valueOf(parts[0].strip());
            return new Integer[] {from, parts.length > 1 ? Integer.valueOf(parts[1].strip()) : from};
        } catch (NumberFormatException e) {
            return new Integer[] {null, null};
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : value.isNumber() ? value.asString() : null;
    }
}
