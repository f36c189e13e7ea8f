package org.casebook.facility;

import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How a kept GeoJSON answer is sent: gzipped when the reader accepts it, with the ETag that gets a reader a 304. */
public final class GeoJsonReply {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private GeoJsonReply() {}

    /** @param download the file name to save it under, or null to show it */
    public static ResponseEntity<byte[]> of(PublishedFacilities.Body body, String encodings, String download) {
        boolean gzip = encodings != null && encodings.toLowerCase(Locale.ROOT).contains("gzip");
        ResponseEntity.BodyBuilder reply = ResponseEntity.ok()
                .contentType(GEO_JSON)
                .eTag(body.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            reply.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (download != null) {
            reply.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download + "\"");
        }
        return reply.body(gzip ? body.gzip() : body.json());
    }
}
