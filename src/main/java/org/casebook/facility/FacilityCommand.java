package org.casebook.facility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a documenter submits to create or change a facility. {@code outline} is a GeoJSON Polygon or MultiPolygon
 * (longitude first, as GeoJSON writes it); the precisions are in metres. The tier is an assessment and comes with
 * the source it rests on. {@code version} and {@code reason} serve edits.
 */
public record FacilityCommand(
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull FacilityName> names,
        String kind,
        Long placeId,
        Double latitude,
        Double longitude,
        Integer pointPrecisionM,
        @Size(max = 200000) String outline,
        Integer outlinePrecisionM,
        Integer tier,
        Long tierSourceId,
        @Size(max = 20) String tierAssessedOn,
        @Size(max = 2000) String tierNote,
        @Size(max = 20000) String notes,
        Boolean synthetic,
        Integer version,
        @Size(max = 2000) String reason) {

    /** The same facility with its tier resting on this source (null: without a tier, for a check before it exists). */
    FacilityCommand withTierSource(Long sourceId) {
        return new FacilityCommand(
                names,
                kind,
                placeId,
                latitude,
                longitude,
                pointPrecisionM,
                outline,
                outlinePrecisionM,
                sourceId == null ? null : tier,
                sourceId,
                tierAssessedOn,
                tierNote,
                notes,
                synthetic,
                version,
                reason);
    }
}
