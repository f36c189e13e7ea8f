package org.casebook.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.casebook.access.CurrentUser;
import org.casebook.records.InvalidInput;
import org.casebook.web.FormErrors;
import org.casebook.web.Links;
import org.casebook.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class EvidencePageController {
    private final EvidenceStore store;
    private final EvidencePublication publication;
    private final EvidenceCopies copies;

    EvidencePageController(EvidenceStore store, EvidencePublication publication, EvidenceCopies copies) {
        this.store = store;
        this.publication = publication;
        this.copies = copies;
    }

    @GetMapping("/app/evidence/{sha256}")
    String show(@PathVariable String sha256, Model model) {
        return show(store.readable(sha256), "", FormErrors.NONE, model);
    }

    /** An editor shows a file publicly or withdraws it; the page states what the file says about itself first. */
    @PostMapping("/app/evidence/{sha256}/publication")
    String decide(
            @PathVariable String sha256,
            @RequestParam(required = false) Boolean published,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        try {
            publication.decide(sha256, new EvidencePublication.Decision(published, reason));
            return "redirect:" + Links.evidence(sha256) + "#publication";
        } catch (InvalidInput e) {
            response.setStatus(400);
            return show(store.readable(sha256), reason, FormErrors.of(e), model);
        }
    }

    /** A copy of an image without its metadata, to publish instead of the original. */
    @PostMapping("/app/evidence/{sha256}/copy")
    String copy(@PathVariable String sha256, Model model, HttpServletResponse response) {
        try {
            return "redirect:"
                    + Links.evidence(
                            copies.withoutMetadata(sha256, CurrentUser.name()).sha256());
        } catch (InvalidInput e) {
            response.setStatus(400);
            return show(store.readable(sha256), "", FormErrors.of(e), model);
        }
    }

    private String show(Evidence evidence, String reason, FormErrors errors, Model model) {
        model.addAttribute("evidence", evidence);
        model.addAttribute("custody", store.custodyOf(evidence.id()));
        model.addAttribute("decisions", publication.decisions(evidence.sha256()));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "evidence/show";
    }

    /** The upload form posts here (multipart, spooled to disk by the servlet container, never held in memory). */
    @PostMapping("/app/evidence")
    String upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Long sourceId,
            @RequestParam(required = false) Long claimId,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (file.isEmpty()) {
            return problem(model, response, 400, Texts.t("app.upload.choose"), sourceId, claimId);
        }
        try (InputStream in = file.getInputStream()) {
            Evidence evidence = store.register(
                    in,
                    file.getOriginalFilename(),
                    "upload",
                    CurrentUser.name(),
                    new EvidenceStore.Attachment(sourceId, claimId));
            return "redirect:" + Links.evidence(evidence.sha256());
        } catch (EvidenceTooLarge e) {
            return problem(model, response, 413, e.getMessage(), sourceId, claimId);
        } catch (InvalidInput e) {
            return problem(model, response, 400, e.getMessage(), sourceId, claimId);
        }
    }

    @GetMapping("/app/evidence/{sha256}/content")
    void content(@PathVariable String sha256, HttpServletResponse response) throws IOException {
        Evidence evidence = store.readable(sha256);
        store.copyTo(evidence, CurrentUser.name(), () -> {
            EvidenceDownloads.headers(evidence, response);
            return response.getOutputStream();
        });
    }

    @GetMapping("/app/evidence/{sha256}/thumbnail")
    void thumbnail(@PathVariable String sha256, HttpServletResponse response) throws IOException {
        EvidenceDownloads.thumbnail(store, store.readable(sha256), response);
    }

    private static String problem(
            Model model, HttpServletResponse response, int status, String message, Long sourceId, Long claimId) {
        response.setStatus(status);
        model.addAttribute("title", Texts.t("app.upload.refused"));
        model.addAttribute(
                "message",
                message + " "
                        + Texts.t(
                                sourceId != null
                                        ? "app.upload.backToSource"
                                        : claimId != null ? "app.upload.backToClaim" : "app.upload.back"));
        return "error";
    }
}
