package org.casebook.person;

import org.casebook.access.Permissions;
import org.casebook.editing.RecordEdits;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.names.NameScripts;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's names, each its own record with its own history, added, corrected, retracted and published one by one. */
@Service
public class PersonNames {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final ApplicationEventPublisher events;
    private final RecordEdits edits;
    private final RecordEdits.Kind<PersonName> nameKind;

    PersonNames(
            JdbcClient jdbc,
            RevisionLog revisions,
            InputChecks checks,
            ApplicationEventPublisher events,
            RecordEdits edits) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.events = events;
        this.edits = edits;
        this.nameKind = new RecordEdits.Kind<>(
                RecordType.person_name,
                "name",
                this::lockName,
                id -> PersonRows.name(jdbc, id),
                n -> "person_name/" + n.id(),
                (before, after) -> events.publishEvent(new PersonChanged(after.personId())),
                n -> events.publishEvent(new PersonChanged(n.personId())));
    }

    @Transactional
    public PersonName addName(long personId, NameCommand command, String actor) {
        Person person = PersonRows.lock(jdbc, personId);
        Permissions.requireToChange(person.publication(), () -> revisions.author(RecordType.person, personId));
        if (person.retracted()) {
            throw new InvalidInput(
                    "personId",
                    "the person " + person.publicId() + " is retracted",
                    "app.error.personRetracted",
                    "id",
                    person.publicId());
        }
        InputChecks.Collector problems = checks.collect(command);
        NameKind kind = InputChecks.vocabulary(NameKind.class, command.kind(), "kind", problems);
        problems.throwIfAny();
        return insert(personId, command, kind, actor);
    }

    @Transactional
    public PersonName updateName(long nameId, NameCommand command, String actor) {
        return edits.update(nameKind, nameId, command.version(), command.reason(), actor, current -> {
            InputChecks.Collector problems = checks.collect(command);
            NameKind kind = InputChecks.vocabulary(NameKind.class, command.kind(), "kind", problems);
            problems.throwIfAny();
            String text = command.text().strip();
            jdbc.sql("""
                            update person_name set text = :text, folded = :folded, script = :script, kind = :kind,
                            language = :language, version = version + 1 where id = :id""")
                    .param("text", text)
                    .param("folded", NameScripts.fold(text))
                    .param("script", NameScripts.detect(text))
                    .param("kind", kind.name())
                    .param("language", InputChecks.optional(command.language()))
                    .param("id", nameId)
                    .update();
        });
    }

    @Transactional
    public PersonName retractName(long nameId, Retraction retraction, String actor) {
        return edits.retract(
                nameKind,
                nameId,
                retraction,
                actor,
                reason -> jdbc.sql(
                                "update person_name set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                        .param("reason", reason)
                        .param("id", nameId)
                        .update());
    }

    @Transactional
    public PersonName setNamePublication(long nameId, Publication state, Integer version, String actor) {
        return edits.setPublication(
                nameKind,
                nameId,
                state,
                version,
                actor,
                current -> {},
                publication -> jdbc.sql(
                                "update person_name set publication = :state, version = version + 1 where id = :id")
                        .param("state", publication.name())
                        .param("id", nameId)
                        .update());
    }

    PersonName insert(long personId, NameCommand command, NameKind kind, String actor) {
        String text = command.text().strip();
        long id = jdbc.sql("""
                        insert into person_name (person_id, text, folded, script, kind, language, publication, version)
                        values (:personId, :text, :folded, :script, :kind, :language, :publication, 1) returning id""")
                .param("publication", Permissions.initialPublication().name())
                .param("personId", personId)
                .param("text", text)
                .param("folded", NameScripts.fold(text))
                .param("script", NameScripts.detect(text))
                .param("kind", kind.name())
                .param("language", InputChecks.optional(command.language()))
                .query(Long.class)
                .single();
        PersonName name = PersonRows.name(jdbc, id);
        revisions.append(RecordType.person_name, id, 1, Revision.Action.create, actor, null, name.revisionContent());
        events.publishEvent(new PersonChanged(personId));
        return name;
    }

    private PersonName lockName(long id) {
        return jdbc.sql("select * from person_name where id = :id for update")
                .param("id", id)
                .query(PersonRows::mapName)
                .optional()
                .orElseThrow(() -> new RecordNotFound("name", id));
    }
}
