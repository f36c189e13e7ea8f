package org.casebook.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.matching.DuplicateQueue;
import org.casebook.matching.PossibleMatchFinder;
import org.casebook.names.NationalIds;
import org.casebook.person.CheckedPerson;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonService;
import org.casebook.search.PendingChanges;
import org.casebook.secret.SecretFields;
import org.casebook.status.DerivedStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding a person, from every door: the person form, the API, a relative's report, an accepted article proposal and
 * the demo data. It checks the input, looks for records the person may already be (unless the documenter has seen
 * them and confirmed), creates the person and seals the national ID number, all in one transaction.
 */
@Service
public class PersonIntake {
    private final PersonService persons;
    private final PersonEdits personEdits;
    private final SecretFields secrets;
    private final PendingChanges search;
    private final PossibleMatchFinder possible;

    PersonIntake(
            PersonService persons,
            PersonEdits personEdits,
            SecretFields secrets,
            PendingChanges search,
            PossibleMatchFinder possible) {
        this.possible = possible;
        this.persons = persons;
        this.personEdits = personEdits;
        this.secrets = secrets;
        this.search = search;
    }

    /** What came of a request to add a person: created, or held back because it may already be documented. */
    public sealed interface Outcome {}

    public record Created(Person person) implements Outcome {}

    public record PossibleMatches(List<DuplicateQueue.Match> matches) implements Outcome {}

    /**
     * @param confirmedNew the documenter has seen the possible matches (or a reviewer has) and says this is someone
     *                     else; the check is skipped
     */
    @Transactional
    public Outcome add(PersonCommand command, boolean confirmedNew, String actor) {
        personEdits.checkNew(command);
        String nationalId = command.nationalId() == null || command.nationalId().isBlank()
                ? null
                : command.nationalId().strip();
        if (!confirmedNew) {
            List<DuplicateQueue.Match> matches = possibleMatches(command, nationalId);
            if (!matches.isEmpty()) {
                return new PossibleMatches(matches);
            }
        }
        Person person = personEdits.create(command, actor);
        if (nationalId != null) {
            secrets.put("person", person.id(), Map.of(NationalIds.FIELD, nationalId));
        }
        return new Created(person);
    }

    /** Records the person may already be, best first; the number is compared only when an editor asks. */
    List<DuplicateQueue.Match> possibleMatches(PersonCommand command, String nationalId) {
        return possible.many(List.of(probe(command, nationalId))).getFirst();
    }

    /**
     * A person about to be created, as the possible-match check sees it. Only editors may ask who holds a number;
     * for others the number waits for the editors' duplicate scan.
     */
    static PossibleMatchFinder.Probe probe(PersonCommand command, String nationalId) {
        return new PossibleMatchFinder.Probe(
                command.names().stream().map(NameCommand::text).toList(),
                command.birthYearFrom(),
                command.birthYearTo(),
                command.gender(),
                command.hometownPlaceId(),
                CurrentUser.has(Role.editor) ? nationalId : null);
    }

    /**
     * Many persons a documenter has already judged new (an imported list's rows after the possible-match check),
     * created together with their sealed numbers, and queued for the search index in the same transaction.
     *
     * @param nationalIds each command's national ID number, or null
     * @param statuses    each person's status from its first claim ({@code ClaimEdits.forNewPersons}), written with it;
     *                    null when the claims written later derive them
     */
    @Transactional
    List<Person> addMany(
            List<PersonCommand> commands, List<String> nationalIds, List<DerivedStatus> statuses, String actor) {
        if (commands.isEmpty()) {
            return List.of();
        }
        return sealedAndQueued(personEdits.createMany(commands, statuses, actor), nationalIds);
    }

    /** As {@link #addMany}, for persons already checked ({@code PersonEdits.checkNew}): an imported list's rows. */
    @Transactional
    List<Person> addChecked(
            List<CheckedPerson> persons, List<String> nationalIds, List<DerivedStatus> statuses, String actor) {
        if (persons.isEmpty()) {
            return List.of();
        }
        return sealedAndQueued(personEdits.createChecked(persons, statuses, actor), nationalIds);
    }

    private List<Person> sealedAndQueued(List<Person> created, List<String> nationalIds) {
        Map<Long, Map<String, String>> sealed = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            if (nationalIds.get(i) != null) {
                sealed.put(created.get(i).id(), Map.of(NationalIds.FIELD, nationalIds.get(i)));
            }
        }
        secrets.putMany("person", sealed);
        search.persons(created.stream().map(Person::id).toList());
        return created;
    }

    /** For doors where a person has already looked at the possible matches (report review, article review, demo). */
    @Transactional
    public Person addConfirmed(PersonCommand command, String actor) {
        return ((Created) add(command, true, actor)).person();
    }
}
