package org.casebook.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a documenter submits for a claim. {@code personId} is the person's public id (CB-000123).
 * {@code date} is written as the precision asks: 2019-02-10 (day, and the start of a range), 2019-02 (month),
 * 2019 (year); {@code dateTo} ends a range. {@code facilityId} (CBF-0001) is the facility a facility claim is about,
 * or where the person of a claim was held.
 */
public record ClaimCommand(
        @Size(max = 20) String personId,
        Long subjectPlaceId,
        String type,
        Long placeId,
        @Size(max = 20) String facilityId,
        @Size(max = 200) String sentenceTerm,
        @Size(max = 500) String charge,
        @Size(max = 20000) String details,
        String datePrecision,
        @Size(max = 20) String date,
        @Size(max = 20) String dateTo,
        Long sourceId,
        @NotBlank @Size(max = 300) String asserter,
        String asserterParty,
        String stance,
        @Size(max = 20000) String quote,
        Integer credibility,
        String verification,
        @Size(max = 20000) String notes,
        Boolean synthetic,
        Integer version,
        @Size(max = 2000) String reason) {
    /** A claim that names no facility. */
    public ClaimCommand(
            String personId,
            Long subjectPlaceId,
            String type,
            Long placeId,
            String sentenceTerm,
            String charge,
            String details,
            String datePrecision,
            String date,
            String dateTo,
            Long sourceId,
            String asserter,
            String asserterParty,
            String stance,
            String quote,
            Integer credibility,
            String verification,
            String notes,
            Boolean synthetic,
            Integer version,
            String reason) {
        this(
                personId,
                subjectPlaceId,
                type,
                placeId,
                null,
                sentenceTerm,
                charge,
                details,
                datePrecision,
                date,
                dateTo,
                sourceId,
                asserter,
                asserterParty,
                stance,
                quote,
                credibility,
                verification,
                notes,
                synthetic,
                version,
                reason);
    }
}
