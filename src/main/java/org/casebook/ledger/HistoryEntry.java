package org.casebook.ledger;

import java.util.List;
import org.casebook.web.Links;

/** A revision as a history list shows it: what it was of, and which fields it changed. */
public record HistoryEntry(Revision revision, String label, List<String> changedFields) {
    public String link() {
        return Links.history(revision.recordType().name(), revision.recordId(), revision.version());
    }
}
