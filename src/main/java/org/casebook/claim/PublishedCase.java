package org.casebook.claim;

import java.util.List;
import org.casebook.person.PublishedPerson;
import org.casebook.status.PersonStatus;

/** A published person with the status derived from their published claims alone, and those claims. */
public record PublishedCase(
        PublishedPerson person,
        PersonStatus status,
        String explanation,
        List<Long> basis,
        List<PublishedClaim> claims) {}
