package org.casebook.facility;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.editing.Editable;
import org.casebook.records.Publication;
import org.casebook.status.FacilityStatus;

/**
 * A camp, detention centre, prison or forced-labour compound. Its status is derived from the claims about it (the
 * record's and, for the public site, the published claims' own); neither is part of its revisions, since both are
 * computed again from the claims.
 */
public record Facility(
        long id,
        String publicId,
        List<FacilityName> names,
        FacilityKind kind,
        Long placeId,
        double latitude,
        double longitude,
        int pointPrecisionM,
        String outline,
        Integer outlinePrecisionM,
        Integer tier,
        Long tierSourceId,
        LocalDate tierAssessedOn,
        String tierNote,
        String notes,
        boolean synthetic,
        FacilityStatus status,
        String statusExplanation,
        List<Long> statusClaimIds,
        FacilityStatus publishedStatus,
        Publication publication,
        int version,
        boolean retracted,
        String retractionReason)
        implements Editable {

    /** The first name given, which lists show. */
    public String name() {
        return names.getFirst().name();
    }

    @Override
    public Map<String, Object> revisionContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", id);
        content.put("publicId", publicId);
        content.put(
                "names",
                names.stream()
                        .map(n -> Map.of("name", n.name(), "lang", n.lang()))
                        .toList());
        content.put("kind", kind);
        content.put("placeId", placeId);
        content.put("latitude", latitude);
        content.put("longitude", longitude);
        content.put("pointPrecisionM", pointPrecisionM);
        content.put("outline", outline);
        content.put("outlinePrecisionM", outlinePrecisionM);
        content.put("tier", tier);
        content.put("tierSourceId", tierSourceId);
        content.put("tierAssessedOn", tierAssessedOn);
        content.put("tierNote", tierNote);
        content.put("notes", notes);
        content.put("synthetic", synthetic);
        content.put("version", version);
        content.put("retracted", retracted);
        content.put("retractionReason", retractionReason);
        publication.addTo(content);
        return content;
    }
}
