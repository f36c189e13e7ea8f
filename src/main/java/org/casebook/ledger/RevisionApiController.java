package org.casebook.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebook.records.RecordNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/revisions")
@Tag(name = "History", description = "Every version of every record, as canonical JSON")
class RevisionApiController {
    private final RevisionLog revisions;

    RevisionApiController(RevisionLog revisions) {
        this.revisions = revisions;
    }

    @GetMapping("/{recordType}/{recordId}")
    @Operation(summary = "All versions of one record, oldest first")
    List<Revision> history(@PathVariable RecordType recordType, @PathVariable long recordId) {
        List<Revision> history = revisions.history(recordType, recordId);
        if (history.isEmpty()) {
            throw new RecordNotFound(recordType.name(), recordId);
        }
        return history;
    }

    @GetMapping("/{recordType}/{recordId}/{version}")
    @Operation(summary = "One past (or the current) version of a record")
    Revision version(@PathVariable RecordType recordType, @PathVariable long recordId, @PathVariable int version) {
        return revisions.version(recordType, recordId, version);
    }
}
