package org.casebook.publish;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.access.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bundles", description = "Evidence bundles anyone can verify offline")
class BundleApiController {
    private final BundleExport export;

    BundleApiController(BundleExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/persons/{publicId}/bundle")
    @Operation(summary = "Evidence bundle (zip) of a person: records, files, proofs, signed tree head, key, README")
    void person(@PathVariable String publicId, HttpServletResponse response) throws IOException {
        send(export.forPerson(publicId, CurrentUser.name()), "casebook-" + publicId + ".zip", response);
    }

    @GetMapping("/api/v1/sources/{id}/bundle")
    @Operation(summary = "Evidence bundle (zip) of a source and the claims taken from it")
    void source(@PathVariable long id, HttpServletResponse response) throws IOException {
        send(export.forSource(id, CurrentUser.name()), "casebook-source-" + id + ".zip", response);
    }

    static void send(Path zip, String name, HttpServletResponse response) throws IOException {
        try {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            response.setContentLengthLong(Files.size(zip));
            Files.copy(zip, response.getOutputStream());
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
