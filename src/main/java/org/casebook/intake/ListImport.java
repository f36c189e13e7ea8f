package org.casebook.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebook.lists.ListColumns;

/**
 * One imported list: its source, its file (that source's evidence), the mapping the editor confirmed, and how far the
 * import or its undoing has come.
 */
public record ListImport(
        long id,
        long sourceId,
        String evidenceSha256,
        String fileName,
        String obtained,
        String encoding,
        List<String> header,
        Map<Integer, ListColumns.Field> mapping,
        String claimType,
        Integer credibility,
        State state,
        int nextLine,
        int rowsTotal,
        int rowsRead,
        int rowsUndone,
        String createdBy,
        Instant createdAt,
        Instant finishedAt,
        String undoReason) {

    public enum State {
        /** Uploaded; the mapping may still change. */
        ready,
        running,
        /** Stopped by an editor or by the server stopping; continues at {@link #nextLine}. */
        stopped,
        done,
        undoing,
        undone
    }

    /** How much of the work now under way is done, 0 to 100. */
    public int percent() {
        if (rowsTotal == 0) {
            return 100;
        }
        int done = state == State.undoing || state == State.undone ? rowsUndone : rowsRead;
        return Math.min(100, (int) (100L * done / rowsTotal));
    }

    public boolean mappingOpen() {
        return state == State.ready;
    }

    public boolean canRun() {
        return state == State.ready || state == State.stopped;
    }

    public boolean canUndo() {
        return state == State.done || state == State.stopped;
    }

    public boolean working() {
        return state == State.running || state == State.undoing;
    }

    /** One row's outcome: created, attached to CB-…, queued for review, or refused and why. */
    public record Row(int line, String outcome, String personPublicId, Long claimId, String detail) {}
}
