package org.casebook.screens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.claim.ClaimViews;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceStore;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.RevisionLog;
import org.casebook.place.PlaceService;
import org.casebook.source.SourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The documenters' facility page: the facility, the claims about it with their files, and the persons held there. */
@Controller
class FacilityShowController {
    private final FacilityService facilities;
    private final ClaimService claims;
    private final ClaimViews views;
    private final EvidenceStore evidence;
    private final PlaceService places;
    private final SourceService sources;
    private final RevisionLog revisions;

    FacilityShowController(
            FacilityService facilities,
            ClaimService claims,
            ClaimViews views,
            EvidenceStore evidence,
            PlaceService places,
            SourceService sources,
            RevisionLog revisions) {
        this.facilities = facilities;
        this.claims = claims;
        this.views = views;
        this.evidence = evidence;
        this.places = places;
        this.sources = sources;
        this.revisions = revisions;
    }

    @GetMapping("/app/facilities/{publicId}")
    String show(@PathVariable String publicId, Model model) {
        Facility facility = facilities.getByPublicId(publicId);
        List<Claim> about = claims.aboutFacility(facility.id());
        Map<Long, List<Evidence>> files = new LinkedHashMap<>();
        about.forEach(c -> files.put(c.id(), evidence.attachedTo(List.of(), List.of(c.id()))));
        List<Long> claimIds = new ArrayList<>(about.stream().map(Claim::id).toList());
        model.addAttribute(
                "page",
                new FacilityPage(
                        facility,
                        facility.placeId() == null
                                ? null
                                : places.find(facility.placeId()).orElse(null),
                        facility.tierSourceId() == null ? null : sources.get(facility.tierSourceId()),
                        views.of(about),
                        files,
                        views.of(claims.ofPersonsAt(facility.id())),
                        revisions.entries(
                                Map.of(RecordType.facility, List.of(facility.id()), RecordType.claim, claimIds),
                                r -> r.recordType() == RecordType.facility
                                        ? facility.publicId()
                                        : "claim " + r.recordId())));
        return "facility/show";
    }
}
