package org.casebook.facility;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.VersionedRecords;
import org.casebook.names.NameKeys;
import org.casebook.records.InputChecks;
import org.casebook.records.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reading facilities: by id, by public id (CBF-0001), by a name in any script, within a box. */
@Service
public class FacilityService implements VersionedRecords {
    private final JdbcClient jdbc;

    FacilityService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Facility get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("facility", id));
    }

    public Optional<Facility> find(long id) {
        return jdbc.sql("select * from facility where id = :id")
                .param("id", id)
                .query(FacilityRows::map)
                .optional();
    }

    public Facility getByPublicId(String publicId) {
        return findByPublicId(publicId).orElseThrow(() -> new RecordNotFound("facility", publicId));
    }

    public Optional<Facility> findByPublicId(String publicId) {
        return jdbc.sql("select * from facility where public_id = :publicId")
                .param("publicId", publicId == null ? "" : publicId.strip().toUpperCase(Locale.ROOT))
                .query(FacilityRows::map)
                .optional();
    }

    /** Several facilities in one query, by id; ids of no facility are absent. */
    public Map<Long, Facility> byIds(Collection<Long> ids) {
        Map<Long, Facility> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from facility where id in (:ids)")
                    .param("ids", ids)
                    .query(FacilityRows::map)
                    .list()
                    .forEach(f -> found.put(f.id(), f));
        }
        return found;
    }

    /** Every facility not retracted, by public id: the documenters' list and map. */
    public List<Facility> all() {
        return jdbc.sql("select * from facility where not retracted order by public_id")
                .query(FacilityRows::map)
                .list();
    }

    /** The published facilities not retracted: all the public map may show. */
    public List<Facility> published() {
        return jdbc.sql("select * from facility where publication = 'published' and not retracted order by public_id")
                .query(FacilityRows::map)
                .list();
    }

    /**
     * Facilities whose box meets the given one: a plain range query on the box columns (no PostGIS), for map views
     * and for finding facilities near a point.
     */
    public List<Facility> within(double south, double west, double north, double east) {
        return jdbc.sql("""
                        select * from facility where not retracted and max_latitude >= :south and min_latitude <= :north
                        and max_longitude >= :west and min_longitude <= :east order by public_id""")
                .param("south", south)
                .param("north", north)
                .param("west", west)
                .param("east", east)
                .query(FacilityRows::map)
                .list();
    }

    /**
     * Facilities with a name that agrees with this one once both are folded to Latin (so 达坂城, Dabancheng and
     * دابانچېڭ meet), for linking a name in an article or a list to the facility.
     */
    public List<Facility> named(String name) {
        Set<String> keys = keys(List.of(new FacilityName(name, null)));
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from facility where not retracted and name_keys && cast(:keys as text[]) order by public_id")
                .param("keys", keys.toArray(String[]::new))
                .query(FacilityRows::map)
                .list();
    }

    /**
     * Other capabilities name a facility by its public id; a missing or retracted one is an input error of theirs.
     *
     * @return its id, or null when none was given or it is unusable (the problem is then added)
     */
    public Long requireUsable(String publicId, String field, InputChecks.Collector problems) {
        if (publicId == null || publicId.isBlank()) {
            return null;
        }
        Optional<Facility> found = findByPublicId(publicId).filter(f -> !f.retracted());
        if (found.isEmpty()) {
            problems.problem(
                    field, "no such facility: " + publicId.strip(), "app.facility.error.none", "id", publicId.strip());
            return null;
        }
        return found.get().id();
    }

    @Override
    public RecordType recordType() {
        return RecordType.facility;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return VersionedRecords.page(
                jdbc, "facility", FacilityRows::map, Facility::id, Facility::revisionContent, afterId, limit);
    }

    /** The forms of every name that lookups compare: each name folded to Latin, spaces and marks left out. */
    static Set<String> keys(List<FacilityName> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (FacilityName n : names) {
            String key = String.join("", NameKeys.words(NameKeys.toLatin(n.name())));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
