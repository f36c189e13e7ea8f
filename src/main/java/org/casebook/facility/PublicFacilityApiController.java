package org.casebook.facility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.casebook.web.Links;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public facilities", description = "Published facilities, for anyone")
class PublicFacilityApiController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private final PublishedFacilities facilities;

    PublicFacilityApiController(PublishedFacilities facilities) {
        this.facilities = facilities;
    }

    @GetMapping("/api/public/v1/facilities")
    @Operation(
            summary = "Published facilities as a GeoJSON FeatureCollection",
            description = "Filters: kind, tier (1–4), status (the status the published claims give) and prefecture."
                    + " Each feature is the facility's point; its outline, when known, is the `outline` property.")
    ResponseEntity<Map<String, Object>> facilities(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String prefecture) {
        PublishedFacilities.Filter filter = PublishedFacilities.Filter.of(kind, tier, status, prefecture);
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .body(facilities.featureCollection(facilities.matching(filter), Links::publicFacility));
    }
}
