package org.casebook.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the status rules found, in parts a page can word whole in any language: the status, the rule that decided
 * it (as numbered in docs/status-rules.md), and the claims on each side. Nothing here is a sentence.
 *
 * @param deciding        the claims the status rests on; for a contested status, one side
 * @param against         for a contested status, the other side; otherwise empty
 * @param lastProofOfLife under R5, the latest credible claim that the person is alive, if any
 */
public record StatusFinding(
        PersonStatus status, String rule, List<Long> deciding, List<Long> against, Long lastProofOfLife) {
    public static final StatusFinding NO_CREDIBLE_CLAIM =
            new StatusFinding(PersonStatus.unknown, "R2", List.of(), List.of(), null);

    public StatusFinding {
        deciding = List.copyOf(deciding);
        against = List.copyOf(against);
    }

    /** Every claim the status rests on, both sides of a contested one, each once. */
    public List<Long> basis() {
        List<Long> all = new ArrayList<>(deciding);
        all.addAll(against);
        return List.copyOf(new LinkedHashSet<>(all));
    }

    public boolean contested() {
        return status == PersonStatus.contested;
    }
}
