package org.casebook.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.editing.RecordEdits;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.ledger.VersionedRecords;
import org.casebook.names.NameScripts;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.LikePattern;
import org.casebook.records.PageOf;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.casebook.status.DerivedStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PersonService implements VersionedRecords {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final ApplicationEventPublisher events;
    private final RecordEdits edits;
    private final PersonChecks personChecks;
    private final PersonBulk bulk;
    private final PersonNames nameRecords;
    private final RecordEdits.Kind<Person> personKind;

    PersonService(
            JdbcClient jdbc,
            RevisionLog revisions,
            InputChecks checks,
            ApplicationEventPublisher events,
            RecordEdits edits,
            PersonChecks personChecks,
            PersonBulk bulk,
            PersonNames nameRecords) {
        this.nameRecords = nameRecords;
        this.personChecks = personChecks;
        this.bulk = bulk;
        this.events = events;
        this.edits = edits;
        this.personKind = new RecordEdits.Kind<>(
                RecordType.person,
                "person",
                id -> PersonRows.lock(jdbc, id),
                this::get,
                p -> "person/" + p.publicId(),
                (before, after) -> events.publishEvent(new PersonChanged(after.id())),
                p -> events.publishEvent(new PersonChanged(p.id())));
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
    }

    @Transactional
    public Person create(PersonCommand command, String actor) {
        Permissions.require(Role.contributor);
        PersonChecks.Checked checked = personChecks.checkNew(command);
        return insert(command, checked.gender(), checked.kinds(), command.names(), actor);
    }

    /**
     * The checks {@link #create} makes, without creating (PersonIntake asks about possible duplicates only of valid
     * input); throws {@link InvalidInput} with every problem found.
     */
    public void checkNew(PersonCommand command) {
        personChecks.checkNew(command);
    }

    /**
     * Many persons at once, for loading data sets (a generated population): the same checks, rows and revisions as
     * {@link #create}, written with COPY, and no search event per person — the caller rebuilds the index once.
     * All or nothing: one invalid person refuses the whole batch, naming it.
     */
    @Transactional
    public List<Person> createMany(List<PersonCommand> commands, String actor) {
        return bulk.createMany(commands, actor);
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
        Person person = get(id);
        revisions.append(RecordType.person, id, 1, Revision.Action.create, actor, null, person.revisionContent());
        events.publishEvent(new PersonChanged(id));
        for (int i = 0; i < names.size(); i++) {
            nameRecords.insert(id, names.get(i), kinds.get(i), actor);
        }
        return person;
    }

    /** The notes of the synthetic person written last, by which a data set's interrupted load finds where to go on. */
    public Optional<String> lastSyntheticNotes() {
        return jdbc.sql("select notes from person where synthetic order by id desc limit 1")
                .query(String.class)
                .optional();
    }

    @Transactional
    public Person update(long id, PersonCommand command, String actor) {
        return edits.update(personKind, id, command.version(), command.reason(), actor, current -> {
            InputChecks.Collector problems = checks.collect(command);
            Gender gender = personChecks.checkFields(command, problems);
            if (command.nationalId() != null) {
                problems.problem(
                        "nationalId", "is a secret field: change it on the person's secrets (/api/v1/secrets)");
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
                                current.publicId() + " is merged; publish the record it was merged into");
                    }
                },
                publication -> jdbc.sql("update person set publication = :state, version = version + 1 where id = :id")
                        .param("state", publication.name())
                        .param("id", id)
                        .update());
    }

    /** Those of these persons that take part in a merge, as the merged record or as the one merged into. */
    public List<Long> inMerges(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id from person p where id in (:ids)
                        and (merged_into is not null or exists (select 1 from person m where m.merged_into = p.id))""").param("ids", personIds).query(Long.class).list();
    }

    /** How many persons have an id up to this one (for progress through all persons in id order). */
    public long countUpTo(long id) {
        return jdbc.sql("select count(*) from person where id <= :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** The ids of the records merged into each of these persons, in one query; persons with none are absent. */
    public Map<Long, List<Long>> mergedIntoAny(Collection<Long> personIds) {
        Map<Long, List<Long>> merged = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select id, merged_into from person where merged_into in (:ids) order by id")
                    .param("ids", personIds)
                    .query((rs, n) -> merged.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(rs.getLong(1)))
                    .list();
        }
        return merged;
    }

    public List<Person> mergedInto(long personId) {
        return jdbc.sql("select * from person where merged_into = :id order by id")
                .param("id", personId)
                .query(PersonRows::map)
                .list();
    }

    /** Persons by public id, for checking a batch at once; ids not found are absent. */
    public Map<String, Person> byPublicIds(Collection<String> publicIds) {
        if (publicIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Person> found = new HashMap<>();
        jdbc.sql("select * from person where public_id in (:ids)")
                .param("ids", publicIds)
                .query(PersonRows::map)
                .list()
                .forEach(p -> found.put(p.publicId(), p));
        return found;
    }

    /** Written by the status rules after every claim change; derived, so not a revision of the person. */
    @Transactional
    public void recordDerivedStatus(long personId, DerivedStatus status) {
        bulk.recordDerivedStatuses(Map.of(personId, status));
        events.publishEvent(new PersonChanged(personId));
    }

    public Person get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("person", id));
    }

    public Optional<Person> find(long id) {
        return jdbc.sql("select * from person where id = :id")
                .param("id", id)
                .query(PersonRows::map)
                .optional();
    }

    public Person getByPublicId(String publicId) {
        return jdbc.sql("select * from person where public_id = :publicId")
                .param("publicId", publicId)
                .query(PersonRows::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("person", publicId));
    }

    public Map<Long, String> publicIds(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, public_id from person where id in (:ids)")
                .param("ids", personIds)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public PersonName getName(long nameId) {
        return PersonRows.name(jdbc, nameId);
    }

    public List<PersonName> names(long personId) {
        return namesOf(List.of(personId)).getOrDefault(personId, List.of());
    }

    public Person.Summary summary(long personId) {
        return new Person.Summary(
                get(personId),
                names(personId).stream().filter(n -> !n.retracted()).toList());
    }

    public Map<Long, List<PersonName>> namesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from person_name where person_id in (:ids) order by kind <> 'primary', id")
                .param("ids", personIds)
                .query(PersonRows::mapName)
                .list()
                .stream()
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
                .addValue(
                        "status", query.status() == null ? null : query.status().name())
                .addValue(
                        "gender", query.gender() == null ? null : query.gender().name())
                .addValue("pattern", q == null ? null : LikePattern.containing(NameScripts.fold(q)));
        long total = jdbc.sql("select count(*) from person p " + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        List<Person> persons = jdbc.sql(
                        "select p.* from person p " + where + " order by p.id limit :size offset :offset")
                .paramSource(params.addValue("size", query.size())
                        .addValue("offset", PageOf.offset(query.page(), query.size())))
                .query(PersonRows::map)
                .list();
        Map<Long, List<PersonName>> names =
                namesOf(persons.stream().map(Person::id).toList());
        List<Person.Summary> items = persons.stream()
                .map(p -> new Person.Summary(
                        p,
                        names.getOrDefault(p.id(), List.of()).stream()
                                .filter(n -> !n.retracted())
                                .toList()))
                .toList();
        return new PageOf<>(items, query.page(), query.size(), total);
    }

    /** Ids of persons above {@code afterId}, in id order, for walking all of them in batches. */
    public List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("select id from person where id > :after order by id limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    public List<Person> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from person where id in (:ids) order by id")
                .param("ids", ids)
                .query(PersonRows::map)
                .list();
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
        return VersionedRecords.page(
                jdbc, "person", PersonRows::map, Person::id, Person::revisionContent, afterId, limit);
    }

    Map<Long, String> currentNames(long afterId, int limit) {
        return VersionedRecords.page(
                jdbc, "person_name", PersonRows::mapName, PersonName::id, PersonName::revisionContent, afterId, limit);
    }
}
