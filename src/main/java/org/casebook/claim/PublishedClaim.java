package org.casebook.claim;

import java.time.LocalDate;
import org.casebook.source.PublishedSource;

/**
 * A claim as the public site shows it. Internal notes, credibility reasoning and anything about who entered it are
 * not fields here; for a testimony published anonymously the asserter is only "a relative" and the quote is left out.
 * The facility a claim names is given only when that facility is published.
 */
public record PublishedClaim(
        long id,
        String personPublicId,
        String type,
        EventDate eventDate,
        String asserter,
        String asserterParty,
        String stance,
        String quote,
        String sentenceTerm,
        String charge,
        String verification,
        PublishedSource source,
        String facilityPublicId,
        String facilityName) {

    /**
     * Where the claim stands on a timeline: its event date, or for an undated claim the date of its source (it was
     * said by then); null when neither is known.
     */
    public LocalDate placedOn() {
        return eventDate.from() != null ? eventDate.from() : source.publishedOn();
    }

    /** True when the claim has no date of its own and is placed by its source's date. */
    public boolean placedBySource() {
        return eventDate.from() == null && source.publishedOn() != null;
    }
}
