package org.casebook.intake;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListFile;
import org.casebook.records.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Dry runs of uploaded lists in the background, with their progress: reading everyone documented into the import's
 * check takes tens of seconds and about 600 MiB at a million persons, too long for a request to wait. One runs at a
 * time (each holds everyone documented); the others wait their turn. A dry run judges every row of the list. Each
 * finished result is kept in the database with the mapping it was made with, so it outlives a restart; a run under way
 * when the server stops is begun again by the editor (it saves nothing, so there is nothing to continue from).
 */
@Service
public class ListDryRuns {
    private static final Logger log = LoggerFactory.getLogger(ListDryRuns.class);

    /** Where a dry run stands: {@code waiting}, {@code reading} (persons read of all), {@code judging} (rows), then
     * {@code done} with its result, or {@code failed} with a message key. */
    public record Progress(
            String phase,
            long done,
            long total,
            ListDryRun.Result result,
            String problem,
            Map<Integer, ListColumns.Field> mapping,
            String claimType) {
        public boolean working() {
            return result == null && problem == null;
        }

        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
        }
    }

    private final ListImports imports;
    private final ListDryRun dryRun;
    private final JdbcClient jdbc;
    private final Map<Long, Progress> runs = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "list-dry-run");
        thread.setDaemon(true);
        return thread;
    });

    ListDryRuns(ListImports imports, ListDryRun dryRun, JdbcClient jdbc) {
        this.imports = imports;
        this.dryRun = dryRun;
        this.jdbc = jdbc;
    }

    /** Begins a dry run of the list with its mapping as it stands, unless one is already under way for it. */
    public Progress start(long id) {
        Permissions.require(Role.editor);
        ListImport list = imports.get(id);
        Progress now = latest(list).orElse(null);
        if (now != null && now.working()) {
            return now;
        }
        Progress waiting = progress(list, "waiting", 0, 0, null, null);
        runs.put(id, waiting);
        String actor = CurrentUser.name();
        background.execute(new DelegatingSecurityContextRunnable(() -> run(list, actor)));
        return waiting;
    }

    /** The latest dry run of the list with its present mapping, if there is one. */
    public Optional<Progress> progress(long id) {
        Permissions.require(Role.editor);
        return latest(imports.get(id));
    }

    /** The run in memory for the list's present mapping, else the last one kept for it. */
    private Optional<Progress> latest(ListImport list) {
        Optional<Progress> current = Optional.ofNullable(runs.get(list.id())).filter(p -> forMapping(p, list));
        return current.isPresent() ? current : kept(list);
    }

    private static boolean forMapping(Progress progress, ListImport list) {
        return Objects.equals(progress.mapping(), list.mapping())
                && Objects.equals(progress.claimType(), list.claimType());
    }

    private Optional<Progress> kept(ListImport list) {
        return jdbc.sql("""
                        select result from list_dry_run where import_id = :id
                        and mapping = cast(:mapping as jsonb) and claim_type is not distinct from :claimType
                        order by id desc limit 1""")
                .param("id", list.id())
                .param("mapping", ListImports.JSON.writeValueAsString(list.mapping()))
                .param("claimType", list.claimType())
                .query((rs, n) -> ListImports.JSON.readValue(rs.getString(1), ListDryRun.Result.class))
                .optional()
                .map(result -> progress(list, "done", 1, 1, result, null));
    }

    private void keep(ListImport list, ListDryRun.Result result, String actor) {
        jdbc.sql("""
                        insert into list_dry_run (import_id, mapping, claim_type, result, run_by, finished_at)
                        values (:id, cast(:mapping as jsonb), :claimType, cast(:result as jsonb), :actor, :now)""")
                .param("id", list.id())
                .param("mapping", ListImports.JSON.writeValueAsString(list.mapping()))
                .param("claimType", list.claimType())
                .param("result", ListImports.JSON.writeValueAsString(result))
                .param("actor", actor)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private void run(ListImport list, String actor) {
        long id = list.id();
        try (ListFile.Opened opened = imports.open(list, actor)) {
            ListDryRun.Result result = dryRun.run(
                    opened,
                    list.mapping(),
                    list.claimType(),
                    Integer.MAX_VALUE,
                    list.rowsTotal(),
                    (phase, done, total) -> runs.put(id, progress(list, phase, done, total, null, null)));
            runs.put(id, progress(list, "done", 1, 1, result, null));
            try {
                keep(list, result, actor);
            } catch (RuntimeException e) {
                // The result stands in memory; only its keeping past a restart failed.
                log.warn(
                        "Keeping the dry run of list import {} failed with {}",
                        id,
                        e.getClass().getSimpleName());
            }
        } catch (InvalidInput e) {
            String key = e.problems().getFirst().key();
            runs.put(id, progress(list, "failed", 0, 0, null, key == null ? "app.imports.dry.failed" : key));
        } catch (IOException | RuntimeException e) {
            // The rows are the list's: only the import and the kind of failure are logged.
            log.warn(
                    "Dry run of list import {} failed with {}", id, e.getClass().getSimpleName());
            runs.put(id, progress(list, "failed", 0, 0, null, "app.imports.dry.failed"));
        }
    }

    /** A dry run's progress, for the list's mapping as the run began. */
    private static Progress progress(
            ListImport list, String phase, long done, long total, ListDryRun.Result result, String problem) {
        return new Progress(phase, done, total, result, problem, list.mapping(), list.claimType());
    }
}
