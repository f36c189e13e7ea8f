package org.casebook.claim;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.records.PageOf;
import org.casebook.records.Retraction;
import org.casebook.status.Stance;
import org.casebook.web.PublicationChange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claims", description = "Dated statements about a person, from a source, attributed to whoever makes them")
class ClaimApiController {
    private final ClaimService claims;
    private final ClaimEdits claimEdits;
    private final ClaimViews views;

    ClaimApiController(ClaimService claims, ClaimEdits claimEdits, ClaimViews views) {
        this.claims = claims;
        this.claimEdits = claimEdits;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "List claims, filtered by person (public id), source, type or stance")
    PageOf<ClaimView> list(
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) Long sourceId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Stance stance,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageOf<Claim> result = claims.list(personId, sourceId, type, stance, page, size);
        return new PageOf<>(views.of(result.items()), result.page(), result.size(), result.total());
    }

    @GetMapping("/types")
    @Operation(summary = "The claim-type vocabulary")
    List<ClaimService.ClaimTypeEntry> types() {
        return claims.types();
    }

    @GetMapping("/{id}")
    ClaimView get(@PathVariable long id) {
        return views.of(claims.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a claim; the subject's derived status is recomputed")
    ResponseEntity<ClaimView> create(@RequestBody ClaimCommand command) {
        Claim claim = claimEdits.create(command, CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/claims/" + claim.id()))
                .body(views.of(claim));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a claim's fields; give the version you edited. The old version stays in the history")
    ClaimView update(@PathVariable long id, @RequestBody ClaimCommand command) {
        return views.of(claimEdits.update(id, command, CurrentUser.name()));
    }

    @PostMapping("/{id}/retract")
    @Operation(summary = "Retract a claim with a reason (nothing is ever deleted)")
    ClaimView retract(@PathVariable long id, @RequestBody Retraction retraction) {
        return views.of(claimEdits.retract(id, retraction, CurrentUser.name()));
    }

    @PutMapping("/{id}/publication")
    @Operation(summary = "Move a claim between draft, internal and published (editors; its person and source first)")
    ClaimView publication(@PathVariable long id, @RequestBody PublicationChange change) {
        return views.of(claimEdits.setPublication(id, change.publication(), change.version(), CurrentUser.name()));
    }
}
