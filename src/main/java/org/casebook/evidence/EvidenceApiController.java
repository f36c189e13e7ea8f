package org.casebook.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Evidence",
        description = "Files attached to sources and claims, content-addressed, encrypted, with custody")
class EvidenceApiController {
    private final EvidenceStore store;
    private final EvidencePublication publication;
    private final EvidenceCopies copies;

    EvidenceApiController(EvidenceStore store, EvidencePublication publication, EvidenceCopies copies) {
        this.store = store;
        this.publication = publication;
        this.copies = copies;
    }

    record EvidenceView(
            Evidence evidence,
            List<CustodyEvent> custody,
            List<EvidencePublication.Decided> publication,
            String content,
            String thumbnail) {}

    private EvidenceView view(Evidence e) {
        return new EvidenceView(
                e,
                store.custodyOf(e.id()),
                publication.decisions(e.sha256()),
                "/api/v1/evidence/" + e.sha256() + "/content",
                e.hasThumbnail() ? "/api/v1/evidence/" + e.sha256() + "/thumbnail" : null);
    }

    @PostMapping("/api/v1/evidence")
    @Operation(
            summary =
                    "Register a file: the request body is the file itself, streamed (limit casebook.evidence.max-bytes)")
    ResponseEntity<EvidenceView> upload(
            @RequestParam(required = false) Long sourceId,
            @RequestParam(required = false) Long claimId,
            @RequestParam(required = false) String filename,
            @RequestParam(defaultValue = "upload") String how,
            HttpServletRequest request)
            throws IOException {
        if (request.getContentLengthLong() > store.maxBytes()) {
            throw new EvidenceTooLarge(store.maxBytes());
        }
        Evidence evidence = store.register(
                request.getInputStream(),
                filename,
                how,
                CurrentUser.name(),
                new EvidenceStore.Attachment(sourceId, claimId));
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + evidence.sha256()))
                .body(view(evidence));
    }

    @GetMapping("/api/v1/evidence/{sha256}")
    EvidenceView get(@PathVariable String sha256) {
        Evidence evidence = store.readable(sha256);
        return view(evidence);
    }

    @PostMapping("/api/v1/evidence/{sha256}/publication")
    @Operation(
            summary = "An editor's decision to show a file publicly (beside the published records it is attached to) or"
                    + " to withdraw it, with the reason; logged in the ledger")
    EvidenceView decide(@PathVariable String sha256, @RequestBody EvidencePublication.Decision decision) {
        publication.decide(sha256, decision);
        return view(store.get(sha256));
    }

    @PostMapping("/api/v1/evidence/{sha256}/copy")
    @Operation(
            summary =
                    "A copy of a PNG or JPEG image without its metadata (place, author, camera), attached wherever the"
                            + " original is; the original is kept as it was")
    ResponseEntity<EvidenceView> copy(@PathVariable String sha256) {
        Evidence copy = copies.withoutMetadata(sha256, CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + copy.sha256()))
                .body(view(copy));
    }

    @GetMapping("/api/v1/evidence")
    List<Evidence> attached(
            @RequestParam(required = false) Long sourceId, @RequestParam(required = false) Long claimId) {
        return store.attachedTo(
                sourceId == null ? List.of() : List.of(sourceId), claimId == null ? List.of() : List.of(claimId));
    }

    @GetMapping("/api/v1/evidence/{sha256}/content")
    @Operation(summary = "The file, after its hash is checked; served as an attachment, never rendered")
    void content(@PathVariable String sha256, HttpServletResponse response) throws IOException {
        Evidence evidence = store.readable(sha256);
        store.copyTo(evidence, CurrentUser.name(), () -> {
            EvidenceDownloads.headers(evidence, response);
            return response.getOutputStream();
        });
    }

    @GetMapping("/api/v1/evidence/{sha256}/thumbnail")
    void thumbnail(@PathVariable String sha256, HttpServletResponse response) throws IOException {
        EvidenceDownloads.thumbnail(store, store.readable(sha256), response);
    }
}
