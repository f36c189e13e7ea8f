package org.casebook.claim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.person.PersonService;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.stereotype.Component;

/** Joins claims to their subjects' public ids, the facilities they name and their sources, a query each for a list. */
@Component
public class ClaimViews {
    private final PersonService persons;
    private final SourceService sources;
    private final ClaimService claims;
    private final FacilityService facilities;

    public ClaimViews(PersonService persons, SourceService sources, ClaimService claims, FacilityService facilities) {
        this.persons = persons;
        this.sources = sources;
        this.claims = claims;
        this.facilities = facilities;
    }

    public List<ClaimView> of(List<Claim> claims) {
        Map<Long, Source> bySource =
                sources.byIds(claims.stream().map(Claim::sourceId).distinct().toList());
        Map<Long, String> publicIds = persons.publicIds(claims.stream()
                .map(Claim::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, Facility> byFacility = facilities.byIds(claims.stream()
                .map(Claim::facilityId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return claims.stream()
                .map(c -> ClaimView.of(
                        c,
                        c.personId() == null ? null : publicIds.get(c.personId()),
                        c.facilityId() == null ? null : byFacility.get(c.facilityId()),
                        bySource.get(c.sourceId())))
                .toList();
    }

    public ClaimView of(Claim claim) {
        return of(List.of(claim)).getFirst();
    }

    public List<ClaimView> byIds(List<Long> claimIds) {
        return of(claims.byIds(claimIds));
    }
}
