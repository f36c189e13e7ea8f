package org.casebook.facility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public facilities", description = "Published facilities, for anyone")
class PublicFacilityApiController {
    private final PublishedFacilities facilities;

    PublicFacilityApiController(PublishedFacilities facilities) {
        this.facilities = facilities;
    }

    @GetMapping("/api/public/v1/facilities")
    @Operation(
            summary = "Published facilities as a GeoJSON FeatureCollection",
            description = "Filters: kind, tier (1–4), status (the status the published claims give) and prefecture."
                    + " Each feature is the facility's point; its outline, when known, is the `outline` property.")
    ResponseEntity<byte[]> facilities(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String prefecture,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        return GeoJsonReply.of(
                facilities.geoJson(PublishedFacilities.Filter.of(kind, tier, status, prefecture)), encodings, null);
    }
}
