package org.casebook.publish;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceDownloads;
import org.casebook.evidence.EvidencePublication;
import org.casebook.evidence.EvidenceStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Files an editor made public, beside the published records they support: the file itself (hash checked, served as
 * an attachment unless it is an image a browser only shows) and its thumbnail. Anything else is "not found".
 */
@Controller
class PublicEvidenceController {
    private final PublicSite site;
    private final EvidencePublication publication;
    private final EvidenceStore store;

    PublicEvidenceController(PublicSite site, EvidencePublication publication, EvidenceStore store) {
        this.site = site;
        this.publication = publication;
        this.store = store;
    }

    @GetMapping("/evidence/{sha256}")
    void file(@PathVariable String sha256, HttpServletResponse response) throws IOException {
        Evidence file = site.publicFile(sha256);
        publication.copyPublished(file, () -> {
            EvidenceDownloads.headers(file, response);
            return response.getOutputStream();
        });
    }

    @GetMapping("/evidence/{sha256}/thumbnail")
    void thumbnail(@PathVariable String sha256, HttpServletResponse response) throws IOException {
        EvidenceDownloads.thumbnail(store, site.publicFile(sha256), response);
    }
}
