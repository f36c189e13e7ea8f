package org.casebook.claim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.editing.Editable;
import org.casebook.records.Publication;
import org.casebook.source.Party;
import org.casebook.status.Stance;

/**
 * One dated statement about a person (or, for statements such as denials of the camps, about a place), taken
 * from a source and attributed to whoever makes it there.
 */
public record Claim(
        long id,
        Long personId,
        Long subjectPlaceId,
        String type,
        Long placeId,
        Long facilityId,
        String sentenceTerm,
        String charge,
        String details,
        EventDate eventDate,
        long sourceId,
        String asserter,
        Party asserterParty,
        Stance stance,
        String quote,
        int credibility,
        Verification verification,
        String notes,
        boolean synthetic,
        int version,
        boolean retracted,
        String retractionReason,
        Publication publication)
        implements Editable {

    @Override
    public Map<String, Object> revisionContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", id);
        content.put("personId", personId);
        content.put("subjectPlaceId", subjectPlaceId);
        content.put("type", type);
        content.put("placeId", placeId);
        if (facilityId != null) {
            // Only when set, so that revisions written before facilities existed stay canonical as they were.
            content.put("facilityId", facilityId);
        }
        content.put("sentenceTerm", sentenceTerm);
        content.put("charge", charge);
        content.put("details", details);
        content.put("datePrecision", eventDate.precision());
        content.put("dateFrom", eventDate.from());
        content.put("dateTo", eventDate.to());
        content.put("sourceId", sourceId);
        content.put("asserter", asserter);
        content.put("asserterParty", asserterParty);
        content.put("stance", stance);
        content.put("quote", quote);
        content.put("credibility", credibility);
        content.put("verification", verification);
        content.put("notes", notes);
        content.put("synthetic", synthetic);
        content.put("version", version);
        content.put("retracted", retracted);
        content.put("retractionReason", retractionReason);
        publication.addTo(content);
        return content;
    }
}
