package org.casebook.publish;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebook.ledger.Ledger;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.springframework.stereotype.Service;

/**
 * How a published record is cited: its version, when it last changed, and the ledger entry of that change, so a
 * citation names one state of the record that anyone can check against the signed log. Only numbers and times
 * leave here, never a revision's content.
 */
@Service
public class PublicCitations {
    private final RevisionLog revisions;
    private final Ledger ledger;

    PublicCitations(RevisionLog revisions, Ledger ledger) {
        this.revisions = revisions;
        this.ledger = ledger;
    }

    /**
     * @param version    the record's own version
     * @param updated    the latest change of the record or of a published claim shown with it
     * @param revisionId that change's revision
     * @param leafIndex  its entry in the ledger; null while the sequencer has not logged it yet
     */
    public record Citation(int version, Instant updated, long revisionId, Long leafIndex) {}

    /** @param shown the published records shown with it (its claims), whose changes change the page */
    Optional<Citation> of(RecordType type, long id, Map<RecordType, List<Long>> shown) {
        Map<RecordType, List<Long>> all = new HashMap<>(shown);
        all.merge(
                type,
                List.of(id),
                (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        List<Revision> history = revisions.histories(all);
        Optional<Revision> own = history.stream()
                .filter(r -> r.recordType() == type && r.recordId() == id)
                .max(Comparator.comparingInt(Revision::version));
        Optional<Revision> latest = history.stream().max(Comparator.comparingLong(Revision::id));
        if (own.isEmpty() || latest.isEmpty()) {
            return Optional.empty();
        }
        Revision last = latest.get();
        return Optional.of(new Citation(
                own.get().version(),
                last.recordedAt(),
                last.id(),
                ledger.leafFor("revision", last.id()).map(Ledger.Leaf::index).orElse(null)));
    }
}
