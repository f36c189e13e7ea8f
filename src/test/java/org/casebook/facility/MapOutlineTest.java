package org.casebook.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region's outline is drawn only when the installed file is a GeoJSON FeatureCollection of a sane size. */
class MapOutlineTest {
    @TempDir
    Path dir;

    @Test
    void aFeatureCollectionIsServedAndAnythingElseIsNot() throws IOException {
        Path good = Files.writeString(
                dir.resolve("outline.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[80,40],[81,40],[81,41],[80,40]]]}}]}");
        assertThat(MapOutline.read(good)).isPresent();
        assertThat(new MapOutline(good.toString(), "Outline: Example, CC BY 4.0").geoJson())
                .hasValueSatisfying(bytes -> assertThat(new String(bytes)).contains("FeatureCollection"));

        assertThat(MapOutline.read(dir.resolve("missing.geojson"))).isEmpty();
        assertThat(MapOutline.read(Files.writeString(dir.resolve("feature.geojson"), "{\"type\":\"Feature\"}")))
                .isEmpty();
        assertThat(MapOutline.read(Files.writeString(dir.resolve("broken.geojson"), "{\"type\":")))
                .isEmpty();
        assertThat(MapOutline.read(dir)).isEmpty();
    }
}
