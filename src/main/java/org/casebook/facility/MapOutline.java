package org.casebook.facility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outline of the region and its prefectures that the map draws under the markers, so that it stays readable when
 * no tile server can be reached. Its data comes from an open source whose licence must be named with it
 * (casebook.map.outline-attribution); it is read from casebook.map.outline-file at the first request, once, and only
 * when it is a GeoJSON FeatureCollection no larger than 20 MB.
 */
@Component
public class MapOutline {
    static final long MAX_BYTES = 20L << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final String attribution;
    private volatile Optional<byte[]> bytes;

    MapOutline(
            @Value("${casebook.map.outline-file:../shared/geo/xinjiang-prefectures.geojson}") String file,
            @Value("${casebook.map.outline-attribution:}") String attribution) {
        this.file = Path.of(file);
        this.attribution = attribution;
    }

    /** The outline as GeoJSON bytes, or empty when there is none usable. */
    public Optional<byte[]> geoJson() {
        Optional<byte[]> read = bytes;
        if (read == null) {
            read = read(file);
            bytes = read;
        }
        return read;
    }

    public String attribution() {
        return attribution;
    }

    static Optional<byte[]> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            byte[] content = Files.readAllBytes(file);
            JsonNode root = JSON.readTree(content);
            boolean collection = root != null
                    && "FeatureCollection".equals(root.path("type").asString(""))
                    && root.path("features").isArray();
            return collection ? Optional.of(content) : Optional.empty();
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }
}
