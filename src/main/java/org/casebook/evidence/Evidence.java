package org.casebook.evidence;

import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A registered file, known by its SHA-256; the bytes live encrypted in the evidence store. */
public record Evidence(
        long id,
        String sha256,
        long size,
        String mediaType,
        String metadata,
        boolean hasThumbnail,
        String registeredBy,
        Instant registeredAt) {

    /** Types a browser may show inline without running anything; everything else is served as an attachment. */
    public boolean inlineSafe() {
        return mediaType.equals("image/png") || mediaType.equals("image/jpeg") || mediaType.equals("image/gif");
    }

    /** When the file says it was made (a photo's capture date, a document's creation), or null. */
    public String takenOn() {
        return field("dcterms:created");
    }

    /** Where the file says it was made, "latitude, longitude", or null. */
    public String coordinates() {
        String lat = field("geo:lat");
        String lon = field("geo:long");
        return lat == null || lon == null ? null : lat + ", " + lon;
    }

    /** Who the file says made it, or null. */
    public String author() {
        return field("dc:creator");
    }

    /** The camera or phone the file says made it, or null. */
    public String device() {
        String make = field("tiff:Make");
        String model = field("tiff:Model");
        return make == null ? model : model == null ? make : make + " " + model;
    }

    /** Sent by a relative through the public report form. */
    public boolean reported() {
        return "relative".equals(registeredBy);
    }

    private String field(String name) {
        if (metadata == null) {
            return null;
        }
        try {
            JsonNode value = JSON.readTree(metadata).get(name);
            return value == null || !value.isValueNode() ? null : value.asString();
        } catch (JacksonException e) {
            return null;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public String extension() {
        return switch (mediaType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "video/mp4" -> ".mp4";
            case "audio/mpeg" -> ".mp3";
            case "text/plain" -> ".txt";
            default -> ".bin";
        };
    }
}
