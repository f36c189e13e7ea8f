package org.casebook.publish;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole published record as a download, written to the response as it is read. */
@RestController
class PublicExportController {
    private final PublicExport export;

    PublicExportController(PublicExport export) {
        this.export = export;
    }

    @GetMapping("/export/casebook-published.zip")
    void zip(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("casebook-published.zip")
                        .build()
                        .toString());
        export.write(response.getOutputStream());
    }

    @GetMapping("/export/casebook-published.json")
    void json(HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("casebook-published.json")
                        .build()
                        .toString());
        export.writeJson(response.getOutputStream());
    }
}
