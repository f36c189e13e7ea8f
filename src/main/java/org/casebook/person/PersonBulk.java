package org.casebook.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.database.BulkCopy;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.names.NameScripts;
import org.casebook.place.PlaceService;
import org.casebook.records.InputChecks;
import org.casebook.records.Publication;
import org.casebook.status.DerivedStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writing many persons or statuses in one go (COPY and JDBC batches), for data sets and status recomputation. */
@Component
class PersonBulk {
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final PersonChecks personChecks;
    private final PlaceService places;

    PersonBulk(
            JdbcClient jdbc,
            DataSource dataSource,
            RevisionLog revisions,
            InputChecks checks,
            PersonChecks personChecks,
            PlaceService places) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.revisions = revisions;
        this.checks = checks;
        this.personChecks = personChecks;
        this.places = places;
    }

    /**
     * Many persons at once, for loading data sets (a generated population): the same checks, rows and revisions as
     * {@link PersonEdits#create}, written with COPY, and no search event per person — the caller rebuilds the index once.
     * All or nothing: one invalid person refuses the whole batch, naming it.
     */
    List<Person> createMany(List<PersonCommand> commands, List<DerivedStatus> statuses, String actor) {
        Permissions.require(Role.editor);
        List<CheckedPerson> checked = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            PersonCommand command = commands.get(i);
            InputChecks.Collector problems = checks.collect(command);
            // The hometowns are checked once per place when written, not once per person.
            Gender gender = PersonChecks.checkOwnFields(command, "persons[" + i + "].", problems);
            List<NameKind> nameKinds = PersonChecks.checkNames(command, "persons[" + i + "].", problems);
            problems.throwIfAny();
            checked.add(new CheckedPerson(command, gender, nameKinds));
        }
        return createChecked(checked, statuses, actor);
    }

    /** See {@link PersonEdits#createChecked}. */
    List<Person> createChecked(List<CheckedPerson> persons, List<DerivedStatus> statuses, String actor) {
        if (statuses != null && statuses.size() != persons.size()) {
            throw new IllegalArgumentException("one status per person: " + statuses.size() + " for " + persons.size());
        }
        Permissions.require(Role.editor);
        List<PersonCommand> commands =
                persons.stream().map(CheckedPerson::command).toList();
        Set<Long> hometowns = new HashSet<>();
        for (PersonCommand command : commands) {
            if (command.hometownPlaceId() != null) {
                hometowns.add(command.hometownPlaceId());
            }
        }
        InputChecks.Collector places = new InputChecks.Collector();
        hometowns.forEach(id -> this.places.requireUsable(id, "hometownPlaceId", places));
        places.throwIfAny();
        int nameCount = commands.stream().mapToInt(c -> c.names().size()).sum();
        List<Long> ids = jdbc.sql("select nextval('person_id_seq') from generate_series(1, :n)")
                .param("n", commands.size())
                .query(Long.class)
                .list();
        List<Long> numbers = jdbc.sql("select nextval('person_public_number') from generate_series(1, :n)")
                .param("n", commands.size())
                .query(Long.class)
                .list();
        List<Long> nameIds = jdbc.sql("select nextval('person_name_id_seq') from generate_series(1, :n)")
                .param("n", nameCount)
                .query(Long.class)
                .list();
        Publication publication = Permissions.initialPublication();
        List<Person> created = new ArrayList<>();
        List<List<Object>> personRows = new ArrayList<>();
        List<List<Object>> nameRows = new ArrayList<>();
        List<RevisionLog.NewRevision> history = new ArrayList<>();
        int nameAt = 0;
        for (int i = 0; i < commands.size(); i++) {
            PersonCommand c = commands.get(i);
            DerivedStatus status = statuses == null ? DerivedStatus.UNKNOWN : statuses.get(i);
            Person person = new Person(
                    ids.get(i),
                    "CB-%06d".formatted(numbers.get(i)),
                    persons.get(i).gender(),
                    c.birthYearFrom(),
                    c.birthYearTo(),
                    InputChecks.optional(c.ethnicity()),
                    c.hometownPlaceId(),
                    InputChecks.optional(c.occupation()),
                    InputChecks.optional(c.notes()),
                    Boolean.TRUE.equals(c.synthetic()),
                    status,
                    1,
                    false,
                    null,
                    null,
                    publication);
            created.add(person);
            personRows.add(Arrays.asList(
                    person.id(),
                    person.publicId(),
                    person.gender().name(),
                    person.birthYearFrom(),
                    person.birthYearTo(),
                    person.ethnicity(),
                    person.hometownPlaceId(),
                    person.occupation(),
                    person.notes(),
                    person.synthetic(),
                    status.status().name(),
                    status.explanation(),
                    basis(status),
                    publication.name(),
                    1));
            history.add(new RevisionLog.NewRevision(
                    RecordType.person, person.id(), 1, Revision.Action.create, actor, null, person.revisionContent()));
            for (int n = 0; n < c.names().size(); n++) {
                String text = c.names().get(n).text().strip();
                PersonName name = new PersonName(
                        nameIds.get(nameAt++),
                        person.id(),
                        text,
                        NameScripts.detect(text),
                        persons.get(i).kinds().get(n),
                        InputChecks.optional(c.names().get(n).language()),
                        1,
                        false,
                        null,
                        publication);
                nameRows.add(Arrays.asList(
                        name.id(),
                        name.personId(),
                        name.text(),
                        NameScripts.fold(text),
                        name.script(),
                        name.kind().name(),
                        name.language(),
                        publication.name(),
                        1));
                history.add(new RevisionLog.NewRevision(
                        RecordType.person_name,
                        name.id(),
                        1,
                        Revision.Action.create,
                        actor,
                        null,
                        name.revisionContent()));
            }
        }
        BulkCopy.into(
                dataSource,
                "person",
                List.of(
                        "id",
                        "public_id",
                        "gender",
                        "birth_year_from",
                        "birth_year_to",
                        "ethnicity",
                        "hometown_place_id",
                        "occupation",
                        "notes",
                        "synthetic",
                        "derived_status",
                        "status_explanation",
                        "status_basis",
                        "publication",
                        "version"),
                personRows);
        BulkCopy.into(
                dataSource,
                "person_name",
                List.of("id", "person_id", "text", "folded", "script", "kind", "language", "publication", "version"),
                nameRows);
        revisions.appendMany(dataSource, history);
        return created;
    }

    /**
     * Many derived statuses at once (claims loaded in bulk), in one statement and without a search event per person:
     * the caller rebuilds the index. One statement over arrays, not a batch of one update per person: each of those was
     * a statement for PostgreSQL to plan and run.
     */
    void recordDerivedStatuses(Map<Long, DerivedStatus> statuses) {
        if (statuses.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(statuses.size());
        List<String> names = new ArrayList<>(statuses.size());
        List<String> explanations = new ArrayList<>(statuses.size());
        List<String> bases = new ArrayList<>(statuses.size());
        statuses.forEach((id, status) -> {
            ids.add(id);
            names.add(status.status().name());
            explanations.add(status.explanation());
            // An array of arrays must be rectangular in PostgreSQL: each basis goes as text and is cast back.
            bases.add(basis(status));
        });
        jdbc.sql("""
                        update person p set derived_status = v.status, status_explanation = v.explanation,
                            status_basis = v.basis::bigint[]
                        from unnest(:ids, :statuses, :explanations, :bases) as v(id, status, explanation, basis)
                        where p.id = v.id""")
                .param("ids", ids.toArray(Long[]::new))
                .param("statuses", names.toArray(String[]::new))
                .param("explanations", explanations.toArray(String[]::new))
                .param("bases", bases.toArray(String[]::new))
                .update();
    }

    /** A status's basis as PostgreSQL writes an array of bigint. */
    private static String basis(DerivedStatus status) {
        return status.basis().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
