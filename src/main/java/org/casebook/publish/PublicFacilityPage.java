package org.casebook.publish;

import java.util.List;
import java.util.Map;
import org.casebook.claim.PublishedClaim;
import org.casebook.facility.PublishedFacility;
import org.casebook.person.PublishedPerson;
import org.casebook.source.PublishedSource;

/**
 * A published facility's page: what each side claims it is, the published persons held there, and the public files
 * beside those claims.
 */
public record PublicFacilityPage(
        PublishedFacility facility,
        PublishedSource tierSource,
        List<PublishedClaim> claims,
        List<PublishedClaim> held,
        Map<String, PublishedPerson> persons,
        PublicFiles files) {}
