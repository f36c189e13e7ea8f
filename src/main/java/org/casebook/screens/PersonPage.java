package org.casebook.screens;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.claim.ClaimView;
import org.casebook.ledger.HistoryEntry;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.place.Place;
import org.casebook.status.StatusFinding;

/**
 * @param namesByScript current names grouped by script name ("Latin", "Arabic", …)
 * @param timeline      every claim about the person in event-date order, retracted ones included and marked
 * @param finding       the status in parts (rule, sides), for the page to word in its reader's language
 */
public record PersonPage(
        Person person,
        String displayName,
        Map<String, List<PersonName>> namesByScript,
        List<PersonName> retractedNames,
        Place hometown,
        List<ClaimView> timeline,
        Set<Long> statusBasis,
        StatusFinding finding,
        List<HistoryEntry> history,
        List<Person> mergedRecords,
        String mergedIntoPublicId) {

    /** The claims of the timeline among these ids, in timeline order: one side of the status. */
    public List<ClaimView> side(List<Long> ids) {
        return timeline.stream().filter(c -> ids.contains(c.id())).toList();
    }
}
