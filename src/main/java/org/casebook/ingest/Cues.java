package org.casebook.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cue tables under resources/ingest: data, so that a documenter can extend them without touching code. */
final class Cues {
    record StatusCue(String type, String condition) {
    }

    static final Map<String, String> ATTRIBUTION = twoColumns("attribution-cues.tsv");
    static final Map<String, StatusCue> STATUS = status();
    static final List<String> DOUBT = rows("doubt-cues.tsv").stream().map(r -> r[0]).toList();

    private Cues() {
    }

    private static Map<String, String> twoColumns(String file) {
        Map<String, String> map = new LinkedHashMap<>();
        rows(file).forEach(r -> map.put(r[0], r[1]));
        return map;
    }

    private static Map<String, StatusCue> status() {
        Map<String, StatusCue> map = new LinkedHashMap<>();
        rows("status-cues.tsv").forEach(r -> map.put(r[0], new StatusCue(r[1], r[2])));
        return map;
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Cues.class.getResourceAsStream("/ingest/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource ingest/" + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
