package org.casebook.screens;

import java.util.List;
import java.util.Map;
import org.casebook.claim.ClaimView;
import org.casebook.evidence.Evidence;
import org.casebook.facility.Facility;
import org.casebook.ledger.HistoryEntry;
import org.casebook.place.Place;
import org.casebook.source.Source;

/** What the documenters' facility page shows; {@code files} are each claim's evidence, by claim id. */
public record FacilityPage(
        Facility facility,
        Place place,
        Source tierSource,
        List<ClaimView> claims,
        Map<Long, List<Evidence>> files,
        List<ClaimView> held,
        List<HistoryEntry> history) {}
