package org.casebook.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every record for editors as a zip of CSV files, written straight to the response as it is read (on the request's
 * own thread, under its account); each export is written in the audit log. With {@code ?secrets=include} an
 * administrator's export holds the secret fields too.
 */
@RestController
class InternalExportController {
    private final InternalExport export;
    private final AuditLog audit;

    InternalExportController(InternalExport export, AuditLog audit) {
        this.export = export;
        this.audit = audit;
    }

    @GetMapping({"/app/export/casebook-internal.zip", "/api/v1/export/casebook-internal.zip"})
    void zip(@RequestParam(required = false) String secrets, HttpServletResponse response) throws IOException {
        Permissions.require(Role.editor);
        // Secret fields leave only when an administrator asks for them by name, and that export is audited.
        boolean withSecrets = "include".equals(secrets);
        if (withSecrets) {
            Permissions.require(Role.admin);
        }
        audit.record(
                "export",
                "internal",
                withSecrets ? "every record, with the secret fields" : "every record, no secret field");
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("casebook-internal.zip")
                        .build()
                        .toString());
        export.write(response.getOutputStream(), withSecrets);
    }
}
