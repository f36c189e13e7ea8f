package org.casebook.screens;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.claim.ClaimView;
import org.casebook.ledger.HistoryEntry;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.place.Place;

/**
 * @param namesByScript current names grouped by script name ("Latin", "Arabic", …)
 * @param timeline      every claim about the person in event-date order, retracted ones included and marked
 */
public record PersonPage(
        Person person,
        String displayName,
        Map<String, List<PersonName>> namesByScript,
        List<PersonName> retractedNames,
        Place hometown,
        List<ClaimView> timeline,
        Set<Long> statusBasis,
        List<HistoryEntry> history,
        List<Person> mergedRecords,
        String mergedIntoPublicId) {}
