package org.casebook.intake;

import java.util.ArrayList;
import java.util.List;
import org.casebook.matching.DuplicateScorer;
import org.casebook.person.CheckedPerson;

/**
 * One row of a list on its way through a chunk: what the check made of it ({@link ListRowCheck}), then what writing
 * it did ({@link ListRowImport}). A person is referred to before it is written by the negative line of the row that
 * becomes it, after it by its id.
 */
final class CheckedRow {
    final int line;
    ListRowReading.Entry entry;
    /** The entry's person as the check found it valid. */
    CheckedPerson person;

    String outcome;
    String refusal;
    /** The person the row attaches to: an id, or the negative line of an earlier chunk's row. */
    Long attachTo;
    /** The earlier row of the same chunk whose person the row attaches to. */
    CheckedRow sameAs;
    /** The person a created row is queued for review with (as {@link #attachTo}), or the chunk's row. */
    Long reviewWith;

    CheckedRow reviewWithRow;
    DuplicateScorer.Score reviewScore;

    Long personId;
    boolean createdNow;
    Long claimId;
    final List<Long> nameIds = new ArrayList<>();

    CheckedRow(int line) {
        this.line = line;
    }

    /** How the rows after it refer to the person this row becomes, before it is written: its negative line. */
    long reference() {
        return -(long) line;
    }

    void refuse(String why) {
        outcome = "refused";
        refusal = why;
    }

    boolean creates() {
        return "created".equals(outcome) || "queued".equals(outcome);
    }

    /** Why a row was refused, or what of it was left out. */
    String detail() {
        return refusal != null ? refusal : entry == null ? null : entry.note();
    }
}
