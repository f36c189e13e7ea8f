package org.casebook.person;

import java.util.List;
import java.util.Map;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.editing.RecordEdits;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.Publication;
import org.casebook.records.Retraction;
import org.casebook.status.DerivedStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a person: creation (through PersonIntake), edits, retraction, publication, loading a data set
 * and the derived status that claims keep; each one a revision in the same transaction.
 */
@Service
public class PersonEdits {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final ApplicationEventPublisher events;
    private final RecordEdits edits;
    private final PersonService persons;
    private final PersonChecks personChecks;
    private final PersonBulk bulk;
    private final PersonNames nameRecords;
    private final RecordEdits.Kind<Person> personKind;

    PersonEdits(
            JdbcClient jdbc,
            RevisionLog revisions,
            InputChecks checks,
            ApplicationEventPublisher events,
            RecordEdits edits,
            PersonService persons,
            PersonChecks personChecks,
            PersonBulk bulk,
            PersonNames nameRecords) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.events = events;
        this.edits = edits;
        this.persons = persons;
        this.personChecks = personChecks;
        this.bulk = bulk;
        this.nameRecords = nameRecords;
        this.personKind = new RecordEdits.Kind<>(
                RecordType.person,
                "person",
                id -> PersonRows.lock(jdbc, id),
                persons::get,
                p -> "person/" + p.publicId(),
                (before, after) -> events.publishEvent(new PersonChanged(after.id())),
                p -> events.publishEvent(new PersonChanged(p.id())));
    }

    @Transactional
    public Person create(PersonCommand command, String actor) {
        Permissions.require(Role.contributor);
        CheckedPerson checked = personChecks.checkNew(command);
        return insert(command, checked.gender(), checked.kinds(), command.names(), actor);
    }

    /**
     * The checks {@link #create} makes, without creating (PersonIntake asks about possible duplicates only of valid
     * input); throws {@link InvalidInput} with every problem found.
     */
    public CheckedPerson checkNew(PersonCommand command) {
        return personChecks.checkNew(command);
    }

    /**
     * Many persons at once, for loading data sets (a generated population): the same checks, rows and revisions as
     * {@link #create}, written with COPY, and no search event per person — the caller rebuilds the index once.
     * All or nothing: one invalid person refuses the whole batch, naming it.
     */
    @Transactional
    public List<Person> createMany(List<PersonCommand> commands, String actor) {
        return bulk.createMany(commands, null, actor);
    }

    /**
     * As {@link #createMany(List, String)}, each person written with its status (derived from the first claim the
     * caller writes next: {@code ClaimEdits.forNewPersons}), not written and then updated.
     */
    @Transactional
    public List<Person> createMany(List<PersonCommand> commands, List<DerivedStatus> statuses, String actor) {
        return bulk.createMany(commands, statuses, actor);
    }

    /** As {@link #createMany(List, List, String)}, for persons {@link #checkNew} has checked: not checked again. */
    @Transactional
    public List<Person> createChecked(List<CheckedPerson> persons, List<DerivedStatus> statuses, String actor) {
        return bulk.createChecked(persons, statuses, actor);
    }

    /**
     * Many derived statuses at once, in one batch of updates and without a search event per person (the caller
     * rebuilds the index).
     */
    @Transactional
    public void recordDerivedStatuses(Map<Long, DerivedStatus> statuses) {
        bulk.recordDerivedStatuses(statuses);
    }

    private Person insert(
            PersonCommand command, Gender gender, List<NameKind> kinds, List<NameCommand> names, String actor) {
        long id = jdbc.sql("""
                        insert into person (public_id, gender, birth_year_from, birth_year_to, ethnicity, hometown_place_id,
                                            occupation, notes, synthetic, publication, version)
                        values ((select 'CB-' || lpad(n::text, greatest(6, length(n::text)), '0')
                                 from nextval('person_public_number') n), :gender, :birthYearFrom,
                                :birthYearTo, :ethnicity, :hometown, :occupation, :notes, :synthetic, :publication, 1)
                        returning id""")
                .paramSource(PersonRows.params(command, gender)
                        .addValue(
                                "publication", Permissions.initialPublication().name()))
                .query(Long.class)
                .single();
        Person person = persons.get(id);
        revisions.append(RecordType.person, id, 1, Revision.Action.create, actor, null, person.revisionContent());
        events.publishEvent(new PersonChanged(id));
        for (int i = 0; i < names.size(); i++) {
            nameRecords.insert(id, names.get(i), kinds.get(i), actor);
        }
        return person;
    }

    @Transactional
    public Person update(long id, PersonCommand command, String actor) {
        return edits.update(personKind, id, command.version(), command.reason(), actor, current -> {
            InputChecks.Collector problems = checks.collect(command);
            Gender gender = personChecks.checkFields(command, problems);
            if (command.nationalId() != null) {
                problems.problem(
                        "nationalId",
                        "is a secret field: change it on the person's secrets (/api/v1/secrets)",
                        "app.error.nationalIdSecret");
            }
            problems.throwIfAny();
            jdbc.sql("""
                            update person set gender = :gender, birth_year_from = :birthYearFrom, birth_year_to = :birthYearTo,
                            ethnicity = :ethnicity, hometown_place_id = :hometown, occupation = :occupation, notes = :notes,
                            synthetic = :synthetic, version = version + 1 where id = :id""")
                    .paramSource(PersonRows.params(command, gender).addValue("id", id))
                    .update();
        });
    }

    @Transactional
    public Person retract(long id, Retraction retraction, String actor) {
        return edits.retract(
                personKind,
                id,
                retraction,
                actor,
                reason -> jdbc.sql(
                                "update person set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                        .param("reason", reason)
                        .param("id", id)
                        .update());
    }

    /** Moves a person between draft, internal and published; publishing a merged record is refused. */
    @Transactional
    public Person setPublication(long id, Publication state, Integer version, String actor) {
        return edits.setPublication(
                personKind,
                id,
                state,
                version,
                actor,
                current -> {
                    if (state == Publication.published && current.mergedInto() != null) {
                        throw new InvalidInput(
                                "publication",
                                current.publicId() + " is merged; publish the record it was merged into",
                                "app.error.publishMerged",
                                "id",
                                current.publicId());
                    }
                },
                publication -> jdbc.sql("update person set publication = :state, version = version + 1 where id = :id")
                        .param("state", publication.name())
                        .param("id", id)
                        .update());
    }

    /** Written by the status rules after every claim change; derived, so not a revision of the person. */
    @Transactional
    public void recordDerivedStatus(long personId, DerivedStatus status) {
        bulk.recordDerivedStatuses(Map.of(personId, status));
        events.publishEvent(new PersonChanged(personId));
    }
}
