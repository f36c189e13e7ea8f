package org.casebook.facility;

import java.util.ArrayList;
import java.util.List;
import org.casebook.records.InputChecks;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a facility lies: a point in range and, when an outline is given, a valid GeoJSON polygon that holds the
 * point. The embedded database has no PostGIS, so the outline is kept as compact GeoJSON with its bounding box, which
 * plain PostgreSQL can query. Pure: no Spring, no database.
 */
public final class FacilityGeometry {
    /** An outline of more corners than this is a drawing, not a facility. */
    static final int MAX_POSITIONS = 10_000;

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FacilityGeometry() {}

    /** The outline as stored (compact GeoJSON, or null) and the box that holds the point and the outline. */
    public record Placed(
            String outline, double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {}

    /** Checks the point and the outline, adding every problem found; null when something is wrong. */
    public static Placed check(Double latitude, Double longitude, String outline, InputChecks.Collector problems) {
        boolean pointOk = true;
        if (latitude == null || !Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            problems.problem("latitude", "must be a number from -90 to 90", "app.facility.error.latitude");
            pointOk = false;
        }
        if (longitude == null || !Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            problems.problem("longitude", "must be a number from -180 to 180", "app.facility.error.longitude");
            pointOk = false;
        }
        if (outline == null || outline.isBlank()) {
            return pointOk ? new Placed(null, latitude, longitude, latitude, longitude) : null;
        }
        Geometry shape = outline(outline, problems);
        if (shape == null || !pointOk) {
            return null;
        }
        if (!shape.covers(FACTORY.createPoint(new Coordinate(longitude, latitude)))) {
            problems.problem("outline", "the point must lie inside the outline", "app.facility.error.pointOutside");
            return null;
        }
        Envelope box = shape.getEnvelopeInternal();
        return new Placed(
                JSON.writeValueAsString(JSON.readTree(outline)),
                Math.min(box.getMinY(), latitude),
                Math.min(box.getMinX(), longitude),
                Math.max(box.getMaxY(), latitude),
                Math.max(box.getMaxX(), longitude));
    }

    /** The outline as a JTS geometry, or null with the problem named. */
    static Geometry outline(String text, InputChecks.Collector problems) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.problem("outline", "is not GeoJSON: not readable JSON", "app.facility.error.notJson");
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.problem("outline", "is not GeoJSON: not readable JSON", "app.facility.error.notJson");
            return null;
        }
        String type = node.path("type").asString("");
        try {
            Geometry shape = switch (type) {
                case "Polygon" -> polygon(node.path("coordinates"));
                case "MultiPolygon" -> {
                    List<Polygon> parts = new ArrayList<>();
                    for (JsonNode part : array(node.path("coordinates"))) {
                        parts.add(polygon(part));
                    }
                    yield FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
                }
                default -> null;
            };
            if (shape == null) {
                problems.problem(
                        "outline", "must be a GeoJSON Polygon or MultiPolygon", "app.facility.error.outlineType");
                return null;
            }
            if (shape.getNumPoints() > MAX_POSITIONS) {
                problems.problem(
                        "outline",
                        "has more than " + MAX_POSITIONS + " corners",
                        "app.facility.error.outlineSize",
                        "max",
                        MAX_POSITIONS);
                return null;
            }
            TopologyValidationError error = new IsValidOp(shape).getValidationError();
            if (error != null) {
                problems.problem(
                        "outline",
                        "is not a valid polygon: " + error.getMessage(),
                        "app.facility.error.invalidPolygon",
                        "reason",
                        error.getMessage());
                return null;
            }
            return shape;
        } catch (BadCoordinates e) {
            problems.problem("outline", e.getMessage(), e.key);
            return null;
        } catch (IllegalArgumentException e) {
            // JTS: a ring that is not closed or has fewer than four corners.
            problems.problem(
                    "outline", "each ring must be closed and have at least four corners", "app.facility.error.ring");
            return null;
        }
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> parsed = new ArrayList<>();
        for (JsonNode ring : array(rings)) {
            List<Coordinate> corners = new ArrayList<>();
            for (JsonNode position : array(ring)) {
                corners.add(position(position));
                if (corners.size() > MAX_POSITIONS) {
                    throw new BadCoordinates(
                            "has more than " + MAX_POSITIONS + " corners", "app.facility.error.outlineSizeRing");
                }
            }
            parsed.add(FACTORY.createLinearRing(corners.toArray(Coordinate[]::new)));
        }
        if (parsed.isEmpty()) {
            throw new BadCoordinates("a polygon needs at least one ring", "app.facility.error.noRing");
        }
        return FACTORY.createPolygon(
                parsed.getFirst(), parsed.subList(1, parsed.size()).toArray(LinearRing[]::new));
    }

    private static Coordinate position(JsonNode position) {
        if (!position.isArray()
                || position.size() < 2
                || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            throw new BadCoordinates(
                    "each corner must be [longitude, latitude] in numbers", "app.facility.error.position");
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new BadCoordinates(
                    "a corner lies outside longitude -180 to 180 or latitude -90 to 90",
                    "app.facility.error.cornerRange");
        }
        return new Coordinate(lon, lat);
    }

    private static Iterable<JsonNode> array(JsonNode node) {
        if (!node.isArray()) {
            throw new BadCoordinates("coordinates must be nested arrays", "app.facility.error.coordinates");
        }
        return node.values();
    }

    private static final class BadCoordinates extends RuntimeException {
        final String key;

        BadCoordinates(String message, String key) {
            super(message, null, false, false);
            this.key = key;
        }
    }
}
