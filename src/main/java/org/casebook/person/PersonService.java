package org.casebook.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.VersionedRecords;
import org.casebook.names.NameScripts;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.LikePattern;
import org.casebook.records.PageOf;
import org.casebook.records.RecordNotFound;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Questions about persons and their names: by id, public id, name, status; merges; the rows that verification
 * compares with their revisions. Changes go through {@link PersonEdits} (and a new person through PersonIntake).
 */
@Service
public class PersonService implements VersionedRecords {
    private final JdbcClient jdbc;

    PersonService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The notes of the synthetic person written last, by which a data set's interrupted load finds where to go on. */
    public Optional<String> lastSyntheticNotes() {
        return jdbc.sql("select notes from person where synthetic order by id desc limit 1")
                .query(String.class)
                .optional();
    }

    /** Those of these persons that take part in a merge, as the merged record or as the one merged into. */
    public List<Long> inMerges(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        // Two index lookups: written as one "or exists" query, its generic plan (chosen once a prepared statement has
        // run a few times) scanned every person, taking longer as the record grew.
        Long[] ids = personIds.toArray(Long[]::new);
        return jdbc.sql("""
                        select id from person where id = any(:ids) and merged_into is not null
                        union
                        select merged_into from person where merged_into = any(:ids)""").param("ids", ids).query(Long.class).list();
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
            jdbc.sql("select id, merged_into from person where merged_into = any(:ids) order by id")
                    .param("ids", personIds.toArray(Long[]::new))
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
        jdbc.sql("select * from person where public_id = any(:ids)")
                .param("ids", publicIds.toArray(String[]::new))
                .query(PersonRows::map)
                .list()
                .forEach(p -> found.put(p.publicId(), p));
        return found;
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
                .sql("select id, public_id from person where id = any(:ids)")
                .param("ids", personIds.toArray(Long[]::new))
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
                .sql("select * from person_name where person_id = any(:ids) order by kind <> 'primary', id")
                .param("ids", personIds.toArray(Long[]::new))
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
            throw new InvalidInput("q", "must be at most 300 characters", "error.tooLong", "max", 300);
        }
        if (q != null && InputChecks.textProblem(q) != null) {
            throw new InvalidInput(
                    "q", InputChecks.textProblem(q), InputChecks.textProblemKey(InputChecks.textProblem(q)));
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
        return jdbc.sql("select * from person where id = any(:ids) order by id")
                .param("ids", ids.toArray(Long[]::new))
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
