package org.casebook.intake;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.database.PlannerStatistics;
import org.casebook.lists.ListFile;
import org.casebook.lists.ListRows;
import org.casebook.records.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Running an import and undoing one, in the background, a chunk of rows per transaction, two chunks at a time
 * ({@link ChunkWriters}): each chunk's persons, claims and row outcomes are written together with how far the import
 * has come, so a stopped import (by an editor, or by the server stopping) continues at the first row whose outcome was
 * not kept, passes over the rows a chunk written beside it kept, and imports no row twice.
 */
@Service
public class ListImportRun {
    static final int CHUNK = 200;

    private static final Logger log = LoggerFactory.getLogger(ListImportRun.class);

    private final JdbcClient jdbc;
    private final ListImports imports;
    private final ListRowImport rowImport;
    private final ListUndo undo;
    private final PlannerStatistics statistics;
    private final TransactionTemplate tx;
    /** The imports a run or an undoing holds ({@link #claimed}). */
    final Set<Long> active = ConcurrentHashMap.newKeySet();

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "list-import");
        thread.setDaemon(true);
        return thread;
    });

    ListImportRun(
            JdbcClient jdbc,
            ListImports imports,
            ListRowImport rowImport,
            ListUndo undo,
            PlannerStatistics statistics,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.rowImport = rowImport;
        this.undo = undo;
        this.statistics = statistics;
        this.tx = tx;
    }

    /** Imports left running when the server stopped are stopped: an editor continues them. */
    @EventListener(ApplicationReadyEvent.class)
    void stopInterrupted() {
        jdbc.sql("update list_import set state = 'stopped' where state = 'running'")
                .update();
    }

    /** Begins the import, or continues a stopped one, in the background. */
    public ListImport start(long id) {
        ListImport list = begin(id);
        String actor = CurrentUser.name();
        background.execute(new DelegatingSecurityContextRunnable(() -> run(list.id(), actor, Integer.MAX_VALUE)));
        return imports.get(id);
    }

    /**
     * Runs the import in the calling thread, for the command line and tests.
     *
     * @param chunks how many chunks of {@link #CHUNK} rows to import before stopping as an editor would
     */
    public ListImport runHere(long id, int chunks) {
        begin(id);
        run(id, CurrentUser.name(), chunks);
        return imports.get(id);
    }

    private ListImport begin(long id) {
        Permissions.require(Role.editor);
        ListImport list = imports.get(id);
        claimed(id, () -> {
            int changed = jdbc.sql(
                            "update list_import set state = 'running' where id = :id and state in ('ready', 'stopped')")
                    .param("id", id)
                    .update();
            if (changed == 0) {
                throw new InvalidInput(
                        "state", "the import is " + list.state() + " and cannot run", "app.imports.error.state");
            }
        });
        return list;
    }

    /**
     * Changes the import's state for one run or undoing at a time, claimed before the change: after a stop, the run
     * finishing the chunks under way still holds it, and the import stays stopped. A change that fails releases it.
     */
    private void claimed(long id, Runnable change) {
        if (!active.add(id)) {
            throw new InvalidInput("state", "the import is busy", "app.imports.error.state");
        }
        try {
            change.run();
        } catch (RuntimeException e) {
            active.remove(id);
            throw e;
        }
    }

    /** Asks a running import to stop after the chunks under way. */
    public ListImport stop(long id) {
        Permissions.require(Role.editor);
        stopHere(id);
        return imports.get(id);
    }

    private void run(long id, String actor, int chunks) {
        try {
            ListImport list = imports.get(id);
            ListRowImport.Batch batch = rowImport.batch(list, actor);
            Map<Integer, Long> kept = keptRows(id);
            try (ListFile.Opened opened = imports.open(list, actor);
                    CheckAhead<List<CheckedRow>> checked = new CheckAhead<>(
                            "list-import-check",
                            ChunkWriters.WRITERS + 1,
                            out -> check(list, opened.rows(), kept, out))) {
                // Counted from the import's first row: a continued import refreshes where it would have.
                PlannerStatistics.Growth growth = statistics.growth(list.rowsRead());
                Budget budget = new Budget(checked, chunks);
                ChunkWriters.Ending ending = new ChunkWriters<List<CheckedRow>>(
                                budget, ListImportRun::standsAlone, (chunk, everyEarlierKept) -> {
                                    if (!importChunk(id, batch, chunk, everyEarlierKept)) {
                                        return false;
                                    }
                                    synchronized (growth) {
                                        growth.wrote(chunk.size());
                                    }
                                    return true;
                                })
                        .run();
                if (ending == ChunkWriters.Ending.stopped || budget.spent) {
                    stopHere(id);
                    return;
                }
            }
            jdbc.sql("update list_import set state = 'done', finished_at = :now where id = :id and state = 'running'")
                    .param("now", Timestamp.from(Instant.now()))
                    .param("id", id)
                    .update();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // The rows are the list's: only the import and the kind of failure are logged.
            log.warn("List import {} stopped by {}", id, e.getClass().getSimpleName());
            stopHere(id);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            active.remove(id);
        }
    }

    /** The checked chunks until {@code chunks} chunks of {@link #CHUNK} rows have been taken. */
    private static final class Budget implements ChunkWriters.Source<List<CheckedRow>> {
        private final CheckAhead<List<CheckedRow>> checked;
        private int left;
        private boolean spent;

        Budget(CheckAhead<List<CheckedRow>> checked, int chunks) {
            this.checked = checked;
            this.left = chunks;
        }

        @Override
        public List<CheckedRow> next() throws InterruptedException {
            if (left == 0) {
                spent = true;
                return null;
            }
            List<CheckedRow> chunk = checked.next();
            // A last chunk shorter than the others is not counted: the run finishes instead of stopping.
            if (chunk != null && chunk.size() == CHUNK) {
                left--;
            }
            return chunk;
        }
    }

    /**
     * Whether a chunk may be written beside the one before it: none of its rows refers to the person an earlier
     * chunk's row becomes (not yet written, perhaps), adds names, numbers and claims to a documented person (two
     * chunks doing so could each wait for the other's), or claims a facility, whose status each chunk would derive
     * without the other's claims.
     */
    static boolean standsAlone(List<CheckedRow> chunk) {
        return chunk.stream()
                .allMatch(w -> w.attachTo == null
                        && (w.reviewWith == null || w.reviewWith > 0)
                        && (w.entry == null
                                || w.entry.claim() == null
                                || w.entry.claim().facilityPublicId() == null));
    }

    /**
     * The rows from where the import stands, checked a chunk at a time; the rows an earlier run wrote remembered,
     * those below where it stood and those it wrote beside a chunk it did not.
     */
    private void check(ListImport list, ListRows rows, Map<Integer, Long> kept, Consumer<List<CheckedRow>> out) {
        ListRowCheck check = rowImport.check(list);
        rows.next();
        List<ListRows.Row> chunk = new ArrayList<>();
        while (rows.hasNext()) {
            ListRows.Row row = rows.next();
            if (row.line() < list.nextLine() || kept.containsKey(row.line())) {
                // The rows before it are checked first, so that every row meets the rows above it and no other.
                if (!chunk.isEmpty()) {
                    out.accept(check.check(chunk));
                    chunk = new ArrayList<>();
                }
                check.remember(row, kept.get(row.line()));
                continue;
            }
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                out.accept(check.check(chunk));
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) {
            out.accept(check.check(chunk));
        }
    }

    /**
     * Imports one chunk with its outcomes and progress, unless the import was stopped. The state is read, not locked:
     * a lock held to the commit would make each writer's chunk wait for the other's, so a stop lets the chunks under
     * way finish.
     *
     * @param everyEarlierKept whether the rows before the chunk are all kept, so that a continued import may begin
     *     after it; otherwise it finds the chunk's rows among those kept
     */
    private boolean importChunk(long id, ListRowImport.Batch batch, List<CheckedRow> chunk, boolean everyEarlierKept) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            String state = jdbc.sql("select state from list_import where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            if (!state.equals("running")) {
                return false;
            }
            batch.importChunk(chunk);
            jdbc.sql("""
                            update list_import set next_line = greatest(next_line, :next), rows_read = rows_read + :n
                            where id = :id""")
                    .param("next", everyEarlierKept ? chunk.getLast().line + 1 : 0)
                    .param("n", chunk.size())
                    .param("id", id)
                    .update();
            return true;
        }));
    }

    private void stopHere(long id) {
        jdbc.sql("update list_import set state = 'stopped' where id = :id and state = 'running'")
                .param("id", id)
                .update();
    }

    /** The lines whose outcome is kept, with the person each became (null for none). */
    private Map<Integer, Long> keptRows(long id) {
        Map<Integer, Long> kept = new HashMap<>();
        jdbc.sql("select line, person_id from list_import_row where import_id = :id")
                .param("id", id)
                .query((rs, row) -> kept.put(rs.getInt(1), rs.getObject(2, Long.class)))
                .list();
        return kept;
    }

    /** Undoes a finished or stopped import in the background: its records retracted with the reason, history kept. */
    public ListImport undo(long id, String reason) {
        beginUndo(id, reason);
        String actor = CurrentUser.name();
        background.execute(new DelegatingSecurityContextRunnable(() -> undoClaimed(id, actor)));
        return imports.get(id);
    }

    /** Undoes in the calling thread, for tests. */
    public ListImport undoHere(long id, String reason) {
        beginUndo(id, reason);
        undoClaimed(id, CurrentUser.name());
        return imports.get(id);
    }

    private void beginUndo(long id, String reason) {
        Permissions.require(Role.editor);
        claimed(id, () -> undo.begin(id, reason, CurrentUser.name()));
    }

    private void undoClaimed(long id, String actor) {
        try {
            undo.run(id, actor);
        } finally {
            active.remove(id);
        }
    }
}
