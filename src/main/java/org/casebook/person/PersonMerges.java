package org.casebook.person;

import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.records.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two records found to be one person: the merged record points at the other and nothing moves, so a merge is
 * undone exactly; the claims of both count for the status of the one kept.
 */
@Service
public class PersonMerges {
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final RevisionLog revisions;
    private final ApplicationEventPublisher events;

    PersonMerges(JdbcClient jdbc, PersonService persons, RevisionLog revisions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.revisions = revisions;
        this.events = events;
    }

    /**
     * Marks {@code merged} as the same person as {@code into}. Nothing moves: the merged record keeps its names,
     * claims and history and points at the other, so that {@link #unmerge} restores exactly what was there.
     */
    @Transactional
    public Person merge(long merged, long into, String actor, String reason) {
        Permissions.require(Role.editor);
        if (merged == into) {
            throw new InvalidInput("into", "a person cannot be merged into themselves", "app.error.mergeSelf");
        }
        Person target = persons.get(into);
        if (target.retracted() || target.mergedInto() != null) {
            throw new InvalidInput(
                    "into",
                    target.publicId() + " is retracted or itself merged",
                    "app.error.mergeTarget",
                    "id",
                    target.publicId());
        }
        Person current = PersonRows.lock(jdbc, merged);
        if (current.retracted() || current.mergedInto() != null) {
            throw new InvalidInput(
                    "personId",
                    current.publicId() + " is retracted or already merged",
                    "app.error.mergeSource",
                    "id",
                    current.publicId());
        }
        if (jdbc.sql("select count(*) from person where merged_into = :id")
                        .param("id", merged)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new InvalidInput(
                    "personId",
                    "other records are merged into " + current.publicId() + "; merge into it instead",
                    "app.error.mergeInto",
                    "id",
                    current.publicId());
        }
        jdbc.sql("update person set merged_into = :into, version = version + 1 where id = :id")
                .param("into", into)
                .param("id", merged)
                .update();
        Person person = persons.get(merged);
        revisions.append(
                RecordType.person,
                merged,
                person.version(),
                Revision.Action.update,
                actor,
                reason == null || reason.isBlank() ? "merged into " + target.publicId() : reason.strip(),
                person.revisionContent());
        events.publishEvent(new PersonChanged(merged));
        events.publishEvent(new PersonMerged(merged, into));
        return person;
    }

    @Transactional
    public Person unmerge(long merged, String actor, String reason) {
        Permissions.require(Role.editor);
        Person current = PersonRows.lock(jdbc, merged);
        if (current.mergedInto() == null) {
            throw new InvalidInput(
                    "personId", current.publicId() + " is not merged", "app.error.notMerged", "id", current.publicId());
        }
        long into = current.mergedInto();
        jdbc.sql("update person set merged_into = null, version = version + 1 where id = :id")
                .param("id", merged)
                .update();
        Person person = persons.get(merged);
        revisions.append(
                RecordType.person,
                merged,
                person.version(),
                Revision.Action.update,
                actor,
                reason == null || reason.isBlank() ? "merge undone" : reason.strip(),
                person.revisionContent());
        events.publishEvent(new PersonChanged(merged));
        events.publishEvent(new PersonMerged(merged, into));
        return person;
    }
}
