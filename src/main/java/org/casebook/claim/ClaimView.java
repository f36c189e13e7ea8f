package org.casebook.claim;

import java.time.LocalDate;
import java.util.Locale;
import org.casebook.facility.Facility;
import org.casebook.records.Publication;
import org.casebook.source.Party;
import org.casebook.source.Source;
import org.casebook.status.Stance;

/** A claim as the API shows it: the subject by public id, and links to the claim's own record and its source. */
public record ClaimView(
        long id,
        String personId,
        Long subjectPlaceId,
        String type,
        Long placeId,
        String facilityId,
        String facilityName,
        String sentenceTerm,
        String charge,
        String details,
        String datePrecision,
        LocalDate dateFrom,
        LocalDate dateTo,
        String eventDate,
        long sourceId,
        String sourceTitle,
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
        Publication publication,
        Links links) {

    public record Links(String self, String source, String history) {}

    /** @param facility the facility the claim names, or null */
    public static ClaimView of(Claim c, String personPublicId, Facility facility, Source source) {
        return new ClaimView(
                c.id(),
                personPublicId,
                c.subjectPlaceId(),
                c.type(),
                c.placeId(),
                facility == null ? null : facility.publicId(),
                facility == null ? null : facility.name(),
                c.sentenceTerm(),
                c.charge(),
                c.details(),
                c.eventDate().precision().name(),
                c.eventDate().from(),
                c.eventDate().to(),
                c.eventDate().display(),
                c.sourceId(),
                source.title(),
                c.asserter(),
                c.asserterParty(),
                c.stance(),
                c.quote(),
                c.credibility(),
                c.verification(),
                c.notes(),
                c.synthetic(),
                c.version(),
                c.retracted(),
                c.retractionReason(),
                c.publication(),
                new Links(
                        "/api/v1/claims/" + c.id(),
                        "/api/v1/sources/" + c.sourceId(),
                        "/api/v1/revisions/claim/" + c.id()));
    }

    /** When the event happened, in a reader's language ({@link EventDate#display(Locale, String)}). */
    public String when(Locale locale, String unknown) {
        return new EventDate(DatePrecision.valueOf(datePrecision), dateFrom, dateTo).display(locale, unknown);
    }
}
