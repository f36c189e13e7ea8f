package org.casebook.evidence;

import java.time.Instant;

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
