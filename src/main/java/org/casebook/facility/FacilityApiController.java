package org.casebook.facility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.records.InvalidInput;
import org.casebook.records.Retraction;
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
@RequestMapping("/api/v1/facilities")
@Tag(name = "Facilities", description = "Camps, detention centres, prisons and forced-labour compounds")
class FacilityApiController {
    private final FacilityService facilities;
    private final FacilityEdits edits;
    private final RevisionLog revisions;
    private final FacilityImport imports;

    FacilityApiController(
            FacilityService facilities, FacilityEdits edits, RevisionLog revisions, FacilityImport imports) {
        this.facilities = facilities;
        this.edits = edits;
        this.revisions = revisions;
        this.imports = imports;
    }

    @PostMapping(
            value = "/import",
            consumes = {"application/geo+json", "application/json"})
    @Operation(
            summary = "Import facilities from a GeoJSON FeatureCollection: a dry run unless confirm=true",
            description = "The dry run answers each feature's problems and saves nothing. With confirm=true every"
                    + " feature is saved in one transaction, or, when any has a problem, none is and the answer is a"
                    + " 400 problem document naming features[i].field. At most 5,000 features and 1 MiB per file.")
    ResponseEntity<FacilityImport.Outcome> importCollection(
            @RequestBody String body, @RequestParam(defaultValue = "false") boolean confirm) {
        FacilityImport.Outcome outcome = imports.run(body, confirm, CurrentUser.name());
        if (confirm && !outcome.problems().isEmpty()) {
            throw new InvalidInput(outcome.problems().stream()
                    .map(p -> new InvalidInput.FieldProblem(
                            "features[" + p.feature() + "]." + p.field(), p.message(), p.key(), p.arguments()))
                    .toList());
        }
        return ResponseEntity.status(outcome.saved() ? 201 : 200).body(outcome);
    }

    @GetMapping
    @Operation(summary = "Every facility not retracted, or those whose box meets bbox=west,south,east,north (degrees)")
    List<Facility> list(@RequestParam(required = false) String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return facilities.all();
        }
        double[] box = box(bbox);
        return facilities.within(box[1], box[0], box[3], box[2]);
    }

    @GetMapping("/{publicId}")
    Facility get(@PathVariable String publicId) {
        return facilities.getByPublicId(publicId);
    }

    @PostMapping
    @Operation(
            summary = "Create a facility: names, kind, point (and outline as a GeoJSON Polygon or MultiPolygon string)",
            description = "Invalid geometry, coordinates out of range, unknown kinds and over-long names are refused"
                    + " with a 400 problem document naming each field; nothing is saved.")
    ResponseEntity<Facility> create(@RequestBody FacilityCommand command) {
        Facility facility = edits.create(command, CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/facilities/" + facility.publicId()))
                .body(facility);
    }

    @PutMapping("/{publicId}")
    Facility update(@PathVariable String publicId, @RequestBody FacilityCommand command) {
        return edits.update(facilities.getByPublicId(publicId).id(), command, CurrentUser.name());
    }

    @PostMapping("/{publicId}/retract")
    Facility retract(@PathVariable String publicId, @RequestBody Retraction retraction) {
        return edits.retract(facilities.getByPublicId(publicId).id(), retraction, CurrentUser.name());
    }

    @PutMapping("/{publicId}/publication")
    @Operation(summary = "Move a facility between draft, internal and published (editors)")
    Facility publication(@PathVariable String publicId, @RequestBody PublicationChange change) {
        return edits.setPublication(
                facilities.getByPublicId(publicId).id(), change.publication(), change.version(), CurrentUser.name());
    }

    @GetMapping("/{publicId}/history")
    @Operation(summary = "Every revision of the facility, newest first")
    List<Revision> history(@PathVariable String publicId) {
        return revisions.history(
                RecordType.facility, facilities.getByPublicId(publicId).id());
    }

    /** west,south,east,north in degrees, as GeoJSON and most map tools write a box. */
    static double[] box(String text) {
        String[] parts = text.split(",", -1);
        double[] box = new double[4];
        boolean ok = parts.length == 4;
        for (int i = 0; ok && i < 4; i++) {
            try {
                box[i] = Double.parseDouble(parts[i].strip());
                ok = Double.isFinite(box[i]) && Math.abs(box[i]) <= (i % 2 == 0 ? 180 : 90);
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (!ok || box[1] > box[3] || box[0] > box[2]) {
            throw new InvalidInput("bbox", "must be west,south,east,north in degrees", "app.facility.error.bbox");
        }
        return box;
    }
}
