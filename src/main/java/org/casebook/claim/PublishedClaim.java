package org.casebook.claim;

import org.casebook.source.PublishedSource;

/**
 * A claim as the public site shows it. Internal notes, credibility reasoning and anything about who entered it are
 * not fields here; for a testimony published anonymously the asserter is only "a relative" and the quote is left out.
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
        PublishedSource source) {}
