package org.casebook.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Headers that keep an uploaded file from ever running in a reader's browser. */
public final class EvidenceDownloads {
    private EvidenceDownloads() {}

    public static void headers(Evidence evidence, HttpServletResponse response) {
        response.setContentType(evidence.inlineSafe() ? evidence.mediaType() : "application/octet-stream");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + evidence.sha256() + evidence.extension() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setContentLengthLong(evidence.size());
    }

    public static void thumbnail(EvidenceStore store, Evidence evidence, HttpServletResponse response)
            throws IOException {
        byte[] jpeg = store.thumbnail(evidence);
        response.setContentType("image/jpeg");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.getOutputStream().write(jpeg);
    }
}
