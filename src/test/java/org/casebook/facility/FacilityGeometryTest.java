package org.casebook.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.junit.jupiter.api.Test;

/** The geometry checks: valid outlines pass with their box, and each kind of bad geometry gets its own problem. */
class FacilityGeometryTest {
    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[76.0,39.5],[76.1,39.5],[76.1,39.6],[76.0,39.6],[76.0,39.5]]]}";

    private static String problem(Double lat, Double lon, String outline) {
        InputChecks.Collector problems = new InputChecks.Collector();
        FacilityGeometry.Placed placed = FacilityGeometry.check(lat, lon, outline, problems);
        try {
            problems.throwIfAny();
        } catch (InvalidInput e) {
            assertThat(placed).isNull();
            return e.problems().getFirst().field() + ": "
                    + e.problems().getFirst().key();
        }
        return null;
    }

    @Test
    void aValidOutlineHoldingThePointGivesItsBox() {
        InputChecks.Collector problems = new InputChecks.Collector();
        FacilityGeometry.Placed placed = FacilityGeometry.check(39.55, 76.05, " " + SQUARE + "\n", problems);
        problems.throwIfAny();
        assertThat(placed.outline()).isEqualTo(SQUARE);
        assertThat(placed.minLatitude()).isEqualTo(39.5);
        assertThat(placed.maxLongitude()).isEqualTo(76.1);
    }

    @Test
    void aPointAloneIsItsOwnBox() {
        InputChecks.Collector problems = new InputChecks.Collector();
        FacilityGeometry.Placed placed = FacilityGeometry.check(39.55, 76.05, null, problems);
        assertThat(placed.outline()).isNull();
        assertThat(placed.minLatitude()).isEqualTo(39.55);
        assertThat(placed.maxLatitude()).isEqualTo(39.55);
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertThat(problem(91.0, 76.0, null)).isEqualTo("latitude: app.facility.error.latitude");
        assertThat(problem(39.0, -180.5, null)).isEqualTo("longitude: app.facility.error.longitude");
        assertThat(problem(Double.NaN, 76.0, null)).isEqualTo("latitude: app.facility.error.latitude");
        assertThat(problem(null, 76.0, null)).isEqualTo("latitude: app.facility.error.latitude");
    }

    @Test
    void aPointOutsideItsOutlineIsRefused() {
        assertThat(problem(40.0, 76.05, SQUARE)).isEqualTo("outline: app.facility.error.pointOutside");
    }

    @Test
    void aSelfIntersectingOutlineIsRefused() {
        String bowtie =
                "{\"type\":\"Polygon\",\"coordinates\":[[[76.0,39.5],[76.1,39.6],[76.1,39.5],[76.0,39.6],[76.0,39.5]]]}";
        assertThat(problem(39.55, 76.05, bowtie)).isEqualTo("outline: app.facility.error.invalidPolygon");
    }

    @Test
    void brokenOutlinesAreRefusedEachWithItsReason() {
        assertThat(problem(39.55, 76.05, "{not json")).isEqualTo("outline: app.facility.error.notJson");
        assertThat(problem(39.55, 76.05, "[1,2]")).isEqualTo("outline: app.facility.error.notJson");
        assertThat(problem(39.55, 76.05, "{\"type\":\"Point\",\"coordinates\":[76,39]}"))
                .isEqualTo("outline: app.facility.error.outlineType");
        assertThat(problem(
                        39.55, 76.05, "{\"type\":\"Polygon\",\"coordinates\":[[[76.0,39.5],[76.1,39.5],[76.0,39.5]]]}"))
                .isEqualTo("outline: app.facility.error.invalidPolygon");
        assertThat(problem(
                        39.55,
                        76.05,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[76.0,39.5],[76.1,39.5],[76.1,39.6],[76.0,39.7]]]}"))
                .isEqualTo("outline: app.facility.error.ring");
        assertThat(problem(
                        39.55,
                        76.05,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[\"76\",39.5],[76.1,39.5],[76.1,39.6],[76.0,39.5]]]}"))
                .isEqualTo("outline: app.facility.error.position");
        assertThat(problem(
                        39.55,
                        76.05,
                        "{\"type\":\"Polygon\",\"coordinates\":[[[276.0,39.5],[76.1,39.5],[76.1,39.6],[276.0,39.5]]]}"))
                .isEqualTo("outline: app.facility.error.cornerRange");
        assertThat(problem(39.55, 76.05, "{\"type\":\"Polygon\",\"coordinates\":{}}"))
                .isEqualTo("outline: app.facility.error.coordinates");
        assertThat(problem(39.55, 76.05, "{\"type\":\"Polygon\",\"coordinates\":[]}"))
                .isEqualTo("outline: app.facility.error.noRing");
    }

    @Test
    void deeplyNestedOrHugeInputIsRefusedWithoutHarm() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(problem(39.55, 76.05, "{\"type\":\"Polygon\",\"coordinates\":" + deep + "}"))
                .isEqualTo("outline: app.facility.error.notJson");
        StringBuilder ring = new StringBuilder("[[76.0,39.5]");
        for (int i = 0; i < FacilityGeometry.MAX_POSITIONS + 5; i++) {
            ring.append(",[76.05,39.55]");
        }
        ring.append(",[76.0,39.5]]");
        assertThat(problem(39.55, 76.05, "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}"))
                .isEqualTo("outline: app.facility.error.outlineSizeRing");
    }

    @Test
    void aMultiPolygonHoldingThePointPasses() {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[76.0,39.5],[76.1,39.5],[76.1,39.6],[76.0,39.6],"
                + "[76.0,39.5]]],[[[77.0,40.5],[77.1,40.5],[77.1,40.6],[77.0,40.5]]]]}";
        assertThat(problem(40.52, 77.05, multi)).isNull();
        assertThatThrownBy(() -> {
                    InputChecks.Collector problems = new InputChecks.Collector();
                    FacilityGeometry.check(45.0, 77.05, multi, problems);
                    problems.throwIfAny();
                })
                .isInstanceOf(InvalidInput.class);
    }
}
