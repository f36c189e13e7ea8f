package org.casebook.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article, its source, the proposals made from it and the editors' decisions on them. Its state is "reading"
 * (queued or being read: no proposals yet), "read", or "failed" (with the reason); readAt is when it was last read.
 */
public record Article(
        long id,
        long sourceId,
        LocalDate publishedOn,
        String publisher,
        Extraction proposals,
        String readBy,
        Instant readAt,
        List<Decision> decisions,
        String state,
        String failure) {

    public boolean reading() {
        return state.equals("reading");
    }

    public record Decision(String proposal, String decision, Long claimId, String decidedBy, Instant decidedAt) {}

    /** The decision on a claim proposal, if one was made; proposals are known by what they say, not their position. */
    public Decision decisionFor(Extraction.ClaimProposal claim) {
        String key = key(claim);
        return decisions.stream()
                .filter(d -> d.proposal().equals(key))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    static String key(Extraction.ClaimProposal c) {
        return (c.subject() == null ? "(" + c.subjectText() + ")" : c.subject()) + "|" + c.type() + "|" + c.asserter()
                + "|" + c.stance();
    }
}
