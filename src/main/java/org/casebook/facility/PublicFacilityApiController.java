package org.casebook.facility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casebook.records.RecordNotFound;
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
    private final MapOutline outline;

    PublicFacilityApiController(PublishedFacilities facilities, MapOutline outline) {
        this.facilities = facilities;
        this.outline = outline;
    }

    @GetMapping("/facilities/outline.geojson")
    @Operation(summary = "The outline of the region and its prefectures that the map draws, when one is installed")
    ResponseEntity<byte[]> outline() {
        return outline.geoJson()
                .map(bytes ->
                        ResponseEntity.ok().contentType(GeoJsonReply.GEO_JSON).body(bytes))
                .orElseThrow(() -> new RecordNotFound("map outline", "outline"));
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
