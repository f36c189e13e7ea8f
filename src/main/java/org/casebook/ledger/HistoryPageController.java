package org.casebook.ledger;

import java.util.List;
import org.casebook.status.RulesDocument;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class HistoryPageController {
    private final RevisionLog revisions;

    HistoryPageController(RevisionLog revisions) {
        this.revisions = revisions;
    }

    /** Any past version of any record, field by field, with the other versions one click away. */
    @GetMapping("/app/history/{recordType}/{recordId}/{version}")
    String version(
            @PathVariable RecordType recordType, @PathVariable long recordId, @PathVariable int version, Model model) {
        Revision revision = revisions.version(recordType, recordId, version);
        List<Revision> all = revisions.history(recordType, recordId);
        Revision previous = version > 1 ? all.get(version - 2) : null;
        model.addAttribute("revision", revision);
        model.addAttribute("fields", RevisionLog.parse(revision.content()));
        model.addAttribute("changed", RevisionLog.changedFields(previous, revision));
        model.addAttribute("versions", all);
        return "ledger/version";
    }

    @GetMapping("/app/status-rules")
    String statusRules(Model model) {
        model.addAttribute("text", RulesDocument.text());
        return "ledger/status-rules";
    }
}
