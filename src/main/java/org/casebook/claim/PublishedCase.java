package org.casebook.claim;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.person.PublishedPerson;
import org.casebook.status.PersonStatus;
import org.casebook.status.StatusFinding;

/**
 * A published person with the status derived from their published claims alone, and those claims in timeline
 * order (undated claims placed by their source's date).
 *
 * @param explanation the status in one English line, as the record keeps it
 * @param finding     the same status in parts: the rule and the claims of each side
 */
public record PublishedCase(
        PublishedPerson person,
        PersonStatus status,
        String explanation,
        List<Long> basis,
        StatusFinding finding,
        List<PublishedClaim> claims) {

    /** The published claims among these ids, in timeline order: one side of a contested status. */
    public List<PublishedClaim> side(List<Long> ids) {
        return claims.stream().filter(c -> ids.contains(c.id())).toList();
    }

    /** Claims that dispute an account this side gives (a video that "may be coerced"): shown beside it, never counted. */
    public List<PublishedClaim> challenges(List<PublishedClaim> side) {
        Set<String> types = side.stream().map(PublishedClaim::type).collect(Collectors.toSet());
        return claims.stream()
                .filter(c -> "disputes".equals(c.stance()) && types.contains(c.type()))
                .toList();
    }
}
