package org.casebook.person;

import org.casebook.ledger.RecordType;
import org.casebook.ledger.VersionedRecords;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.place.PlaceService;
import org.casebook.records.EditGuard;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.LikePattern;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.casebook.records.PageOf;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.names.NameScripts;
import org.casebook.status.DerivedStatus;
import org.casebook.status.PersonStatus;

@Service
public class PersonService implements VersionedRecords {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final PlaceService places;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AuditLog audit;

    private final javax.sql.DataSource dataSource;

    public PersonService(JdbcClient jdbc, RevisionLog revisions, InputChecks checks, PlaceService places,
                         org.springframework.context.ApplicationEventPublisher events, AuditLog audit,
                         javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
        this.events = events;
        this.audit = audit;
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.places = places;
    }

    @Transactional
    public Person create(PersonCommand command, String actor) {
        Permissions.require(Role.contributor);
        Checked checked = checkNew(command);
        return insert(command, checked.gender(), checked.kinds(), command.names(), actor);
    }

    /** What {@link #checkNew} read from a valid new person. */
    public record Checked(Gender gender, List<NameKind> kinds) {
    }

    /**
     * The checks {@link #create} makes, without creating (the API asks about possible duplicates only of valid
     * input); throws {@link InvalidInput} with every problem found.
     */
    public Checked checkNew(PersonCommand command) {
        InputChecks.Collector problems = checks.collect(command);
        Gender gender = checkFields(command, problems);
        List<NameKind> kinds = checkNames(command, "", problems);
        problems.throwIfAny();
        return new Checked(gender, kinds);
    }

    private Person insert(PersonCommand command, Gender gender, List<NameKind> kinds, List<NameCommand> names,
                          String actor) {
        long id = jdbc.sql("""
                        insert into person (public_id, gender, birth_year_from, birth_year_to, ethnicity, hometown_place_id,
                                            occupation, notes, synthetic, publication, version)
                        values ((select 'CB-' || lpad(n::text, greatest(6, length(n::text)), '0')
                                 from nextval('person_public_number') n), :gender, :birthYearFrom,
                                :birthYearTo, :ethnicity, :hometown, :occupation, :notes, :synthetic, :publication, 1)
                        returning id""")
                .paramSource(params(command, gender).addValue("publication", Permissions.initialPublication().name()))
                .query(Long.class).single();
        Person person = get(id);
        revisions.append(RecordType.person, id, 1, Revision.Action.create, actor, null, person.revisionContent());
        events.publishEvent(new PersonChanged(id));
        for (int i = 0; i < names.size(); i++) {
            insertName(id, names.get(i), kinds.get(i), actor);
        }
        return person;
    }

    /**
     * Many persons at once, for loading data sets (a generated population): the same checks, rows and revisions as
     * {@link #create}, written with COPY, and no search event per person — the caller rebuilds the index once.
     * All or nothing: one invalid person refuses the whole batch, naming it.
     */
    @Transactional
    public List<Person> createMany(List<PersonCommand> commands, String actor) {
        Permissions.require(Role.editor);
        java.util.Set<Long> hometowns = new java.util.HashSet<>();
        List<Gender> genders = new ArrayList<>();
        List<List<NameKind>> kinds = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            PersonCommand command = commands.get(i);
            InputChecks.Collector problems = checks.collect(command);
            // The hometowns are checked once per place below, not once per person.
            Gender gender = checkOwnFields(command, "persons[" + i + "].", problems);
            List<NameKind> nameKinds = checkNames(command, "persons[" + i + "].", problems);
            problems.throwIfAny();
            if (command.hometownPlaceId() != null) {
                hometowns.add(command.hometownPlaceId());
            }
            genders.add(gender);
            kinds.add(nameKinds);
        }
        InputChecks.Collector places = new InputChecks.Collector();
        hometowns.forEach(id -> this.places.requireUsable(id, "hometownPlaceId", places));
        places.throwIfAny();
        int nameCount = commands.stream().mapToInt(c -> c.names().size()).sum();
        List<Long> ids = jdbc.sql("select nextval('person_id_seq') from generate_series(1, :n)").param("n", commands.size())
                .query(Long.class).list();
        List<Long> numbers = jdbc.sql("select nextval('person_public_number') from generate_series(1, :n)")
                .param("n", commands.size()).query(Long.class).list();
        List<Long> nameIds = jdbc.sql("select nextval('person_name_id_seq') from generate_series(1, :n)").param("n", nameCount)
                .query(Long.class).list();
        Publication publication = Permissions.initialPublication();
        List<Person> created = new ArrayList<>();
        List<List<Object>> personRows = new ArrayList<>();
        List<List<Object>> nameRows = new ArrayList<>();
        List<RevisionLog.NewRevision> history = new ArrayList<>();
        int nameAt = 0;
        for (int i = 0; i < commands.size(); i++) {
            PersonCommand c = commands.get(i);
            Person person = new Person(ids.get(i), "CB-%06d".formatted(numbers.get(i)), genders.get(i), c.birthYearFrom(),
                    c.birthYearTo(), InputChecks.optional(c.ethnicity()), c.hometownPlaceId(), InputChecks.optional(c.occupation()),
                    InputChecks.optional(c.notes()), Boolean.TRUE.equals(c.synthetic()), DerivedStatus.UNKNOWN, 1, false, null,
                    null, publication);
            created.add(person);
            personRows.add(Arrays.asList(person.id(), person.publicId(), person.gender().name(), person.birthYearFrom(),
                    person.birthYearTo(), person.ethnicity(), person.hometownPlaceId(), person.occupation(), person.notes(),
                    person.synthetic(), publication.name(), 1));
            history.add(new RevisionLog.NewRevision(RecordType.person, person.id(), 1, Revision.Action.create, actor, null,
                    person.revisionContent()));
            for (int n = 0; n < c.names().size(); n++) {
                String text = c.names().get(n).text().strip();
                PersonName name = new PersonName(nameIds.get(nameAt++), person.id(), text, NameScripts.detect(text),
                        kinds.get(i).get(n), InputChecks.optional(c.names().get(n).language()), 1, false, null, publication);
                nameRows.add(Arrays.asList(name.id(), name.personId(), name.text(), NameScripts.fold(text), name.script(),
                        name.kind().name(), name.language(), publication.name(), 1));
                history.add(new RevisionLog.NewRevision(RecordType.person_name, name.id(), 1, Revision.Action.create, actor,
                        null, name.revisionContent()));
            }
        }
        org.casebook.database.BulkCopy.into(dataSource, "person", List.of("id", "public_id", "gender", "birth_year_from",
                "birth_year_to", "ethnicity", "hometown_place_id", "occupation", "notes", "synthetic", "publication", "version"), personRows);
        org.casebook.database.BulkCopy.into(dataSource, "person_name", List.of("id", "person_id", "text", "folded", "script",
                "kind", "language", "publication", "version"), nameRows);
        revisions.appendMany(dataSource, history);
        return created;
    }

    /** The notes of the synthetic person written last, by which a data set's interrupted load finds where to go on. */
    public Optional<String> lastSyntheticNotes() {
        return jdbc.sql("select notes from person where synthetic order by id desc limit 1").query(String.class).optional();
    }

    @Transactional
    public Person update(long id, PersonCommand command, String actor) {
        Person current = lock(id);
        Permissions.requireToChange(current.publication(), () -> revisions.author(RecordType.person, id));
        EditGuard.check("person", id, command.version(), current.version(), current.retracted());
        InputChecks.Collector problems = checks.collect(command);
        Gender gender = checkFields(command, problems);
        problems.throwIfAny();
        jdbc.sql("""
                        update person set gender = :gender, birth_year_from = :birthYearFrom, birth_year_to = :birthYearTo,
                        ethnicity = :ethnicity, hometown_place_id = :hometown, occupation = :occupation, notes = :notes,
                        synthetic = :synthetic, version = version + 1 where id = :id""")
                .paramSource(params(command, gender).addValue("id", id)).update();
        Person person = get(id);
        revisions.append(RecordType.person, id, person.version(), Revision.Action.update, actor,
                InputChecks.optional(command.reason()), person.revisionContent());
        events.publishEvent(new PersonChanged(id));
        return person;
    }

    @Transactional
    public Person retract(long id, Retraction retraction, String actor) {
        Permissions.require(Role.editor);
        checks.collect(retraction).throwIfAny();
        Person current = lock(id);
        EditGuard.check("person", id, retraction.version(), current.version(), current.retracted());
        jdbc.sql("update person set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                .param("reason", retraction.reason().strip()).param("id", id).update();
        Person person = get(id);
        revisions.append(RecordType.person, id, person.version(), Revision.Action.retract, actor, person.retractionReason(),
                person.revisionContent());
        audit.record("retraction", "person/" + person.publicId(), person.retractionReason());
        events.publishEvent(new PersonChanged(id));
        return person;
    }

    @Transactional
    public PersonName addName(long personId, NameCommand command, String actor) {
        Person person = lock(personId);
        Permissions.requireToChange(person.publication(), () -> revisions.author(RecordType.person, personId));
        if (person.retracted()) {
            throw new InvalidInput("personId", "the person " + person.publicId() + " is retracted");
        }
        InputChecks.Collector problems = checks.collect(command);
        NameKind kind = InputChecks.vocabulary(NameKind.class, command.kind(), "kind", problems);
        problems.throwIfAny();
        return insertName(personId, command, kind, actor);
    }

    @Transactional
    public PersonName updateName(long nameId, NameCommand command, String actor) {
        PersonName current = lockName(nameId);
        Permissions.requireToChange(current.publication(), () -> revisions.author(RecordType.person_name, nameId));
        EditGuard.check("name", nameId, command.version(), current.version(), current.retracted());
        InputChecks.Collector problems = checks.collect(command);
        NameKind kind = InputChecks.vocabulary(NameKind.class, command.kind(), "kind", problems);
        problems.throwIfAny();
        String text = command.text().strip();
        jdbc.sql("""
                        update person_name set text = :text, folded = :folded, script = :script, kind = :kind,
                        language = :language, version = version + 1 where id = :id""")
                .param("text", text).param("folded", NameScripts.fold(text)).param("script", NameScripts.detect(text))
                .param("kind", kind.name()).param("language", InputChecks.optional(command.language()))
                .param("id", nameId).update();
        PersonName name = getName(nameId);
        revisions.append(RecordType.person_name, nameId, name.version(), Revision.Action.update, actor,
                InputChecks.optional(command.reason()), name.revisionContent());
        events.publishEvent(new PersonChanged(name.personId()));
        return name;
    }

    @Transactional
    public PersonName retractName(long nameId, Retraction retraction, String actor) {
        Permissions.require(Role.editor);
        checks.collect(retraction).throwIfAny();
        PersonName current = lockName(nameId);
        EditGuard.check("name", nameId, retraction.version(), current.version(), current.retracted());
        jdbc.sql("update person_name set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                .param("reason", retraction.reason().strip()).param("id", nameId).update();
        PersonName name = getName(nameId);
        revisions.append(RecordType.person_name, nameId, name.version(), Revision.Action.retract, actor,
                name.retractionReason(), name.revisionContent());
        audit.record("retraction", "person_name/" + nameId, name.retractionReason());
        events.publishEvent(new PersonChanged(name.personId()));
        return name;
    }

    /**
     * Marks {@code merged} as the same person as {@code into}. Nothing moves: the merged record keeps its names,
     * claims and history and points at the other, so that {@link #unmerge} restores exactly what was there.
     */
    @Transactional
    public Person merge(long merged, long into, String actor, String reason) {
        Permissions.require(Role.editor);
        if (merged == into) {
            throw new InvalidInput("into", "a person cannot be merged into themselves");
        }
        Person target = get(into);
        if (target.retracted() || target.mergedInto() != null) {
            throw new InvalidInput("into", target.publicId() + " is retracted or itself merged");
        }
        Person current = lock(merged);
        if (current.retracted() || current.mergedInto() != null) {
            throw new InvalidInput("personId", current.publicId() + " is retracted or already merged");
        }
        if (jdbc.sql("select count(*) from person where merged_into = :id").param("id", merged).query(Long.class).single() > 0) {
            throw new InvalidInput("personId", "other records are merged into " + current.publicId() + "; merge into it instead");
        }
        jdbc.sql("update person set merged_into = :into, version = version + 1 where id = :id")
                .param("into", into).param("id", merged).update();
        Person person = get(merged);
        revisions.append(RecordType.person, merged, person.version(), Revision.Action.update, actor,
                reason == null || reason.isBlank() ? "merged into " + target.publicId() : reason.strip(), person.revisionContent());
        events.publishEvent(new PersonChanged(merged));
        events.publishEvent(new PersonMerged(merged, into));
        return person;
    }

    @Transactional
    public Person unmerge(long merged, String actor, String reason) {
        Permissions.require(Role.editor);
        Person current = lock(merged);
        if (current.mergedInto() == null) {
            throw new InvalidInput("personId", current.publicId() + " is not merged");
        }
        long into = current.mergedInto();
        jdbc.sql("update person set merged_into = null, version = version + 1 where id = :id").param("id", merged).update();
        Person person = get(merged);
        revisions.append(RecordType.person, merged, person.version(), Revision.Action.update, actor,
                reason == null || reason.isBlank() ? "merge undone" : reason.strip(), person.revisionContent());
        events.publishEvent(new PersonChanged(merged));
        events.publishEvent(new PersonMerged(merged, into));
        return person;
    }

    /** Moves a person between draft, internal and published; publishing a merged record is refused. */
    @Transactional
    public Person setPublication(long id, Publication state, Integer version, String actor) {
        Permissions.require(Role.editor);
        Person current = lock(id);
        EditGuard.check("person", id, version, current.version(), current.retracted());
        if (state == Publication.published && current.mergedInto() != null) {
            throw new InvalidInput("publication", current.publicId() + " is merged; publish the record it was merged into");
        }
        jdbc.sql("update person set publication = :state, version = version + 1 where id = :id")
                .param("state", state.name()).param("id", id).update();
        Person person = get(id);
        revisions.append(RecordType.person, id, person.version(), Revision.Action.publish, actor, "now " + state,
                person.revisionContent());
        audit.record("publication", "person/" + person.publicId(), "now " + state);
        events.publishEvent(new PersonChanged(id));
        return person;
    }

    @Transactional
    public PersonName setNamePublication(long nameId, Publication state, Integer version, String actor) {
        Permissions.require(Role.editor);
        PersonName current = lockName(nameId);
        EditGuard.check("name", nameId, version, current.version(), current.retracted());
        jdbc.sql("update person_name set publication = :state, version = version + 1 where id = :id")
                .param("state", state.name()).param("id", nameId).update();
        PersonName name = getName(nameId);
        revisions.append(RecordType.person_name, nameId, name.version(), Revision.Action.publish, actor, "now " + state,
                name.revisionContent());
        audit.record("publication", "person_name/" + nameId, "now " + state);
        events.publishEvent(new PersonChanged(name.personId()));
        return name;
    }

    /** The records merged into this person. */
    /** The ids of the records merged into each of these persons, in one query; persons with none are absent. */
    public Map<Long, List<Long>> mergedIntoAny(Collection<Long> personIds) {
        Map<Long, List<Long>> merged = new java.util.HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select id, merged_into from person where merged_into in (:ids) order by id").param("ids", personIds)
                    .query((rs, n) -> merged.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1)))
                    .list();
        }
        return merged;
    }

    public List<Person> mergedInto(long personId) {
        return jdbc.sql("select * from person where merged_into = :id order by id").param("id", personId)
                .query(PersonService::map).list();
    }

    /**
     * Many derived statuses at once (claims loaded in bulk), in one batch of updates and without a search event per
     * person: the caller rebuilds the index.
     */
    @Transactional
    public void recordDerivedStatuses(Map<Long, DerivedStatus> statuses) {
        List<Map.Entry<Long, DerivedStatus>> all = new ArrayList<>(statuses.entrySet());
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate(
                "update person set derived_status = ?, status_explanation = ?, status_basis = ? where id = ?",
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                        DerivedStatus status = all.get(i).getValue();
                        ps.setString(1, status.status().name());
                        ps.setString(2, status.explanation());
                        ps.setArray(3, ps.getConnection().createArrayOf("bigint", status.basis().toArray(Long[]::new)));
                        ps.setLong(4, all.get(i).getKey());
                    }

                    @Override
                    public int getBatchSize() {
                        return all.size();
                    }
                });
    }

    /** Persons by public id, for checking a batch at once; ids not found are absent. */
    public Map<String, Person> byPublicIds(Collection<String> publicIds) {
        if (publicIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Person> found = new java.util.HashMap<>();
        jdbc.sql("select * from person where public_id in (:ids)").param("ids", publicIds).query(PersonService::map).list()
                .forEach(p -> found.put(p.publicId(), p));
        return found;
    }

    /** Written by the status rules after every claim change; derived, so not a revision of the person. */
    @Transactional
    public void recordDerivedStatus(long personId, DerivedStatus status) {
        recordDerivedStatuses(Map.of(personId, status));
        events.publishEvent(new PersonChanged(personId));
    }

    public Person get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("person", id));
    }

    public Optional<Person> find(long id) {
        return jdbc.sql("select * from person where id = :id").param("id", id).query(PersonService::map).optional();
    }

    public Person getByPublicId(String publicId) {
        return jdbc.sql("select * from person where public_id = :publicId").param("publicId", publicId)
                .query(PersonService::map).optional().orElseThrow(() -> new RecordNotFound("person", publicId));
    }

    public Map<Long, String> publicIds(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, public_id from person where id in (:ids)").param("ids", personIds)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public PersonName getName(long nameId) {
        return jdbc.sql("select * from person_name where id = :id").param("id", nameId).query(PersonService::mapName)
                .optional().orElseThrow(() -> new RecordNotFound("name", nameId));
    }

    public List<PersonName> names(long personId) {
        return namesOf(List.of(personId)).getOrDefault(personId, List.of());
    }

    public Person.Summary summary(long personId) {
        return new Person.Summary(get(personId), names(personId).stream().filter(n -> !n.retracted()).toList());
    }

    public Map<Long, List<PersonName>> namesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from person_name where person_id in (:ids) order by kind <> 'primary', id")
                .param("ids", personIds).query(PersonService::mapName).list().stream()
                .collect(Collectors.groupingBy(PersonName::personId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Persons whose names contain {@code q} in any script, compared in folded form; retracted ones left out. */
    public PageOf<Person.Summary> list(PersonQuery query) {
        PageOf.check(query.page(), query.size());
        String q = query.q() == null || query.q().isBlank() ? null : query.q().strip();
        if (q != null && q.length() > 300) {
            throw new InvalidInput("q", "must be at most 300 characters");
        }
        if (q != null && InputChecks.textProblem(q) != null) {
            throw new InvalidInput("q", InputChecks.textProblem(q));
        }
        String where = """
                where not p.retracted and p.merged_into is null
                and (cast(:status as text) is null or p.derived_status = :status)
                and (cast(:gender as text) is null or p.gender = :gender)
                and (cast(:pattern as text) is null or exists (select 1 from person_name n where n.person_id = p.id
                     and not n.retracted and n.folded like :pattern escape '\\'))""";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("status", query.status() == null ? null : query.status().name())
                .addValue("gender", query.gender() == null ? null : query.gender().name())
                .addValue("pattern", q == null ? null : LikePattern.containing(NameScripts.fold(q)));
        long total = jdbc.sql("select count(*) from person p " + where).paramSource(params).query(Long.class).single();
        List<Person> persons = jdbc.sql("select p.* from person p " + where + " order by p.id limit :size offset :offset")
                .paramSource(params.addValue("size", query.size()).addValue("offset", PageOf.offset(query.page(), query.size())))
                .query(PersonService::map).list();
        Map<Long, List<PersonName>> names = namesOf(persons.stream().map(Person::id).toList());
        List<Person.Summary> items = persons.stream().map(p -> new Person.Summary(p,
                names.getOrDefault(p.id(), List.of()).stream().filter(n -> !n.retracted()).toList())).toList();
        return new PageOf<>(items, query.page(), query.size(), total);
    }

    /** Ids of persons above {@code afterId}, in id order, for walking all of them in batches. */
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from person where id > :after order by id limit :limit").param("after", afterId)
                .param("limit", limit).query(Long.class).list();
    }

    public List<Person> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from person where id in (:ids) order by id").param("ids", ids).query(PersonService::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    @Override
    public RecordType recordType() {
        return RecordType.person;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return VersionedRecords.page(jdbc, "person", PersonService::map, Person::id, Person::revisionContent, afterId, limit);
    }

    Map<Long, String> currentNames(long afterId, int limit) {
        return VersionedRecords.page(jdbc, "person_name", PersonService::mapName, PersonName::id, PersonName::revisionContent,
                afterId, limit);
    }

    private PersonName insertName(long personId, NameCommand command, NameKind kind, String actor) {
        String text = command.text().strip();
        long id = jdbc.sql("""
                        insert into person_name (person_id, text, folded, script, kind, language, publication, version)
                        values (:personId, :text, :folded, :script, :kind, :language, :publication, 1) returning id""")
                .param("publication", Permissions.initialPublication().name())
                .param("personId", personId).param("text", text).param("folded", NameScripts.fold(text))
                .param("script", NameScripts.detect(text)).param("kind", kind.name())
                .param("language", InputChecks.optional(command.language())).query(Long.class).single();
        PersonName name = getName(id);
        revisions.append(RecordType.person_name, id, 1, Revision.Action.create, actor, null, name.revisionContent());
        events.publishEvent(new PersonChanged(personId));
        return name;
    }

    private Gender checkFields(PersonCommand command, InputChecks.Collector problems) {
        Gender gender = checkOwnFields(command, "", problems);
        places.requireUsable(command.hometownPlaceId(), "hometownPlaceId", problems);
        return gender;
    }

    /** Gender and birth years; {@code at} prefixes the field names (a person's place in a batch). */
    private static Gender checkOwnFields(PersonCommand command, String at, InputChecks.Collector problems) {
        Gender gender = command.gender() == null || command.gender().isBlank() ? Gender.unknown
                : InputChecks.vocabulary(Gender.class, command.gender(), at + "gender", problems);
        if (command.birthYearFrom() != null && command.birthYearTo() != null
                && command.birthYearFrom() > command.birthYearTo()) {
            problems.problem(at + "birthYearTo", "must not be before birthYearFrom");
        }
        return gender;
    }

    /** A new person's names: at least one, each of a known kind. */
    private static List<NameKind> checkNames(PersonCommand command, String at, InputChecks.Collector problems) {
        List<NameCommand> names = command.names() == null ? List.of() : command.names();
        if (names.isEmpty() && !problems.has(at + "names")) {
            problems.problem(at + "names", "a person needs at least one name");
        }
        List<NameKind> kinds = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            kinds.add(InputChecks.vocabulary(NameKind.class, names.get(i).kind(), at + "names[" + i + "].kind", problems));
        }
        return kinds;
    }

    private Person lock(long id) {
        return jdbc.sql("select * from person where id = :id for update").param("id", id).query(PersonService::map)
                .optional().orElseThrow(() -> new RecordNotFound("person", id));
    }

    private PersonName lockName(long id) {
        return jdbc.sql("select * from person_name where id = :id for update").param("id", id)
                .query(PersonService::mapName).optional().orElseThrow(() -> new RecordNotFound("name", id));
    }

    private static MapSqlParameterSource params(PersonCommand c, Gender gender) {
        return new MapSqlParameterSource()
                .addValue("gender", gender.name())
                .addValue("birthYearFrom", c.birthYearFrom())
                .addValue("birthYearTo", c.birthYearTo())
                .addValue("ethnicity", InputChecks.optional(c.ethnicity()))
                .addValue("hometown", c.hometownPlaceId())
                .addValue("occupation", InputChecks.optional(c.occupation()))
                .addValue("notes", InputChecks.optional(c.notes()))
                .addValue("synthetic", Boolean.TRUE.equals(c.synthetic()));
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        DerivedStatus status = new DerivedStatus(PersonStatus.valueOf(rs.getString("derived_status")),
                rs.getString("status_explanation"), Arrays.asList((Long[]) rs.getArray("status_basis").getArray()));
        return new Person(rs.getLong("id"), rs.getString("public_id"), Gender.valueOf(rs.getString("gender")),
                (Integer) rs.getObject("birth_year_from"), (Integer) rs.getObject("birth_year_to"), rs.getString("ethnicity"),
                (Long) rs.getObject("hometown_place_id"), rs.getString("occupation"), rs.getString("notes"),
                rs.getBoolean("synthetic"), status, rs.getInt("version"), rs.getBoolean("retracted"),
                rs.getString("retraction_reason"), (Long) rs.getObject("merged_into"),
                Publication.of(rs.getString("publication")));
    }

    private static PersonName mapName(ResultSet rs, int row) throws SQLException {
        return new PersonName(rs.getLong("id"), rs.getLong("person_id"), rs.getString("text"), rs.getString("script"),
                NameKind.valueOf(rs.getString("kind")), rs.getString("language"), rs.getInt("version"),
                rs.getBoolean("retracted"), rs.getString("retraction_reason"), Publication.of(rs.getString("publication")));
    }
}
