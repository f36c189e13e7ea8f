package org.casebook.claim;

import org.casebook.status.PersonStatus;
import org.casebook.person.PublishedPerson;

import java.util.List;

/** A published person with the status derived from their published claims alone, and those claims. */
public record PublishedCase(PublishedPerson person, PersonStatus status, String explanation, List<Long> basis,
                            List<PublishedClaim> claims) {
}
