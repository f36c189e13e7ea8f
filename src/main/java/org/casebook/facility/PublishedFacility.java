package org.casebook.facility;

import java.time.LocalDate;
import java.util.List;
import org.casebook.status.FacilityStatus;

/**
 * A facility as the public site shows it: no internal notes, the status its published claims give, the tier's source
 * only when that source is published.
 */
public record PublishedFacility(
        String publicId,
        List<FacilityName> names,
        FacilityKind kind,
        String prefecture,
        double latitude,
        double longitude,
        int pointPrecisionM,
        String outline,
        Integer outlinePrecisionM,
        Integer tier,
        LocalDate tierAssessedOn,
        Long tierSourceId,
        FacilityStatus status,
        boolean synthetic) {

    public String name() {
        return names.getFirst().name();
    }
}
