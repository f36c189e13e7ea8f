package org.casebook.claim;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.VersionedRecords;
import org.casebook.person.PersonService;
import org.casebook.records.PageOf;
import org.casebook.records.RecordNotFound;
import org.casebook.status.Stance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Questions about claims: one, a person's in timeline order, a source's, a page of them, the claim types; the rows
 * verification compares with their revisions. Changes go through {@link ClaimEdits}.
 */
@Service
public class ClaimService implements VersionedRecords {
    private final JdbcClient jdbc;
    private final PersonService persons;

    ClaimService(JdbcClient jdbc, PersonService persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    public Optional<Claim> find(long id) {
        return jdbc.sql("select * from claim where id = :id")
                .param("id", id)
                .query(ClaimRows::map)
                .optional();
    }

    public Claim get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("claim", id));
    }

    /** A person's claims in timeline order: by event date, undated ones last. */
    public List<Claim> forPerson(long personId) {
        return ClaimRows.forPerson(jdbc, personId);
    }

    /** Claims about several persons at once, for building search documents in batches. */
    public Map<Long, List<Claim>> forPersons(Collection<Long> personIds) {
        return ClaimRows.forPersons(jdbc, personIds);
    }

    public List<Claim> fromSource(long sourceId) {
        return jdbc.sql("select * from claim where source_id = :id order by date_from nulls last, id")
                .param("id", sourceId)
                .query(ClaimRows::map)
                .list();
    }

    /** The claims about a facility itself, in timeline order (not those of persons held there). */
    public List<Claim> aboutFacility(long facilityId) {
        return jdbc.sql("""
                        select * from claim where facility_id = :id and person_id is null
                        order by date_from nulls last, date_to nulls last, id""").param("id", facilityId).query(ClaimRows::map).list();
    }

    /** Claims about persons that name this facility (held at it, detained there), in timeline order. */
    public List<Claim> ofPersonsAt(long facilityId) {
        return jdbc.sql("""
                        select * from claim where facility_id = :id and person_id is not null
                        order by date_from nulls last, date_to nulls last, id""").param("id", facilityId).query(ClaimRows::map).list();
    }

    public List<Claim> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from claim where id = any(:ids) order by id")
                .param("ids", ids.toArray(Long[]::new))
                .query(ClaimRows::map)
                .list();
    }

    public PageOf<Claim> list(String personId, Long sourceId, String type, Stance stance, int page, int size) {
        PageOf.check(page, size);
        Long person = personId == null || personId.isBlank()
                ? null
                : persons.getByPublicId(personId.strip()).id();
        String where = """
                where not retracted and (cast(:person as bigint) is null or person_id = :person)
                and (cast(:source as bigint) is null or source_id = :source)
                and (cast(:type as text) is null or type = :type)
                and (cast(:stance as text) is null or stance = :stance)""";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("person", person)
                .addValue("source", sourceId)
                .addValue("type", type == null || type.isBlank() ? null : type)
                .addValue("stance", stance == null ? null : stance.name());
        long total = jdbc.sql("select count(*) from claim " + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        List<Claim> items = jdbc.sql("select * from claim " + where + " order by id limit :size offset :offset")
                .paramSource(params.addValue("size", size).addValue("offset", PageOf.offset(page, size)))
                .query(ClaimRows::map)
                .list();
        return new PageOf<>(items, page, size, total);
    }

    public List<ClaimTypeEntry> types() {
        return jdbc.sql("select code, label, description from claim_type order by code")
                .query((rs, row) ->
                        new ClaimTypeEntry(rs.getString("code"), rs.getString("label"), rs.getString("description")))
                .list();
    }

    public record ClaimTypeEntry(String code, String label, String description) {}

    @Override
    public RecordType recordType() {
        return RecordType.claim;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return VersionedRecords.page(jdbc, "claim", ClaimRows::map, Claim::id, Claim::revisionContent, afterId, limit);
    }
}
