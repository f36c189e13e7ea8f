package org.casebook.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.ClaimService;
import org.casebook.person.Person;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonName;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonService;
import org.casebook.records.InvalidInput;
import org.casebook.records.Retraction;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Undoing an import: every claim it made, every name it added and every person it created is retracted with the
 * editor's reason, then its source. Nothing is deleted; the history shows the import and its undoing. A chunk of rows
 * per transaction, each row marked undone with its records, so a stopped undo continues where it stopped.
 */
@Component
class ListUndo {
    private final JdbcClient jdbc;
    private final ClaimEdits claimEdits;
    private final ClaimService claims;
    private final PersonEdits personEdits;
    private final PersonService persons;
    private final PersonNames names;
    private final SourceService sources;
    private final TransactionTemplate tx;

    ListUndo(
            JdbcClient jdbc,
            ClaimEdits claimEdits,
            ClaimService claims,
            PersonEdits personEdits,
            PersonService persons,
            PersonNames names,
            SourceService sources,
            TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.claimEdits = claimEdits;
        this.claims = claims;
        this.personEdits = personEdits;
        this.persons = persons;
        this.names = names;
        this.sources = sources;
        this.tx = tx;
    }

    void begin(long id, String reason, String actor) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > 2000) {
            throw new InvalidInput("reason", "say why, in at most 2000 characters", "app.imports.error.reason");
        }
        int changed = jdbc.sql("""
                        update list_import set state = 'undoing', undo_reason = :reason, undone_by = :actor
                        where id = :id and state in ('done', 'stopped', 'undoing')""")
                .param("reason", given)
                .param("actor", actor)
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new InvalidInput(
                    "state", "only a finished or stopped import can be undone", "app.imports.error.undo");
        }
    }

    void run(long id, String actor) {
        String reason = jdbc.sql("select undo_reason from list_import where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        while (Boolean.TRUE.equals(tx.execute(status -> undoChunk(id, reason, actor)))) {
            // each chunk commits on its own
        }
        tx.executeWithoutResult(status -> {
            long sourceId = jdbc.sql("select source_id from list_import where id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single();
            Source source = sources.get(sourceId);
            if (!source.retracted()) {
                sources.retract(sourceId, new Retraction(source.version(), reason), actor);
            }
            jdbc.sql("update list_import set state = 'undone', undone_at = :now where id = :id")
                    .param("now", Timestamp.from(Instant.now()))
                    .param("id", id)
                    .update();
        });
    }

    private record UndoRow(int line, String outcome, Long personId, Long claimId, List<Long> nameIds) {}

    /** @return whether rows were left to undo */
    private boolean undoChunk(long id, String reason, String actor) {
        List<UndoRow> rows = jdbc.sql("""
                        select line, outcome, person_id, claim_id, name_ids from list_import_row
                        where import_id = :id and not undone and outcome <> 'refused' order by line limit :limit""")
                .param("id", id)
                .param("limit", ListImportRun.CHUNK)
                .query((rs, row) -> new UndoRow(
                        rs.getInt("line"),
                        rs.getString("outcome"),
                        (Long) rs.getObject("person_id"),
                        (Long) rs.getObject("claim_id"),
                        Arrays.asList((Long[]) rs.getArray("name_ids").getArray())))
                .list();
        for (UndoRow row : rows) {
            if (row.claimId() != null) {
                Claim claim = claims.get(row.claimId());
                if (!claim.retracted()) {
                    claimEdits.retract(claim.id(), new Retraction(claim.version(), reason), actor);
                }
            }
            for (Long nameId : row.nameIds()) {
                PersonName name = persons.getName(nameId);
                if (!name.retracted()) {
                    names.retractName(nameId, new Retraction(name.version(), reason), actor);
                }
            }
            if (row.personId() != null && !row.outcome().equals("attached")) {
                Person person = persons.get(row.personId());
                if (!person.retracted()) {
                    personEdits.retract(person.id(), new Retraction(person.version(), reason), actor);
                }
            }
            jdbc.sql("update list_import_row set undone = true where import_id = :id and line = :line")
                    .param("id", id)
                    .param("line", row.line())
                    .update();
        }
        jdbc.sql("""
                        update list_import set rows_undone = (select count(*) from list_import_row
                            where import_id = :id and (undone or outcome = 'refused')) where id = :id""").param("id", id).update();
        return !rows.isEmpty();
    }
}
