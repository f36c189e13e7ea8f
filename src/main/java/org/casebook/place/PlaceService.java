package org.casebook.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.ledger.VersionedRecords;
import org.casebook.records.EditGuard;
import org.casebook.records.InputChecks;
import org.casebook.records.PageOf;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PlaceService implements VersionedRecords {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final KeptPlaces kept = new KeptPlaces();

    public PlaceService(JdbcClient jdbc, RevisionLog revisions, InputChecks checks) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
    }

    @Transactional
    public Place create(PlaceCommand command, String actor) {
        Permissions.require(Role.contributor);
        PlaceLevel level = check(command, null);
        kept.changed();
        long id = jdbc.sql("""
                        insert into place (name, other_names, level, parent_id, latitude, longitude, version)
                        values (:name, :otherNames, :level, :parentId, :latitude, :longitude, 1) returning id""")
                .paramSource(params(command, level))
                .query(Long.class)
                .single();
        Place place = get(id);
        revisions.append(RecordType.place, id, 1, Revision.Action.create, actor, null, place.revisionContent());
        return place;
    }

    @Transactional
    public Place update(long id, PlaceCommand command, String actor) {
        Permissions.require(Role.editor);
        Place current = lockCurrent(id, command.version());
        PlaceLevel level = check(command, id);
        kept.changed();
        jdbc.sql("""
                        update place set name = :name, other_names = :otherNames, level = :level, parent_id = :parentId,
                        latitude = :latitude, longitude = :longitude, version = version + 1 where id = :id""").paramSource(params(command, level).addValue("id", id)).update();
        Place place = get(id);
        revisions.append(
                RecordType.place,
                id,
                place.version(),
                Revision.Action.update,
                actor,
                InputChecks.optional(command.reason()),
                place.revisionContent());
        return place;
    }

    @Transactional
    public Place retract(long id, Retraction retraction, String actor) {
        Permissions.require(Role.editor);
        checks.collect(retraction).throwIfAny();
        lockCurrent(id, retraction.version());
        kept.changed();
        jdbc.sql("update place set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                .param("reason", retraction.reason().strip())
                .param("id", id)
                .update();
        Place place = get(id);
        revisions.append(
                RecordType.place,
                id,
                place.version(),
                Revision.Action.retract,
                actor,
                place.retractionReason(),
                place.revisionContent());
        return place;
    }

    public Place get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("place", id));
    }

    public Optional<Place> find(long id) {
        return jdbc.sql("select * from place where id = :id")
                .param("id", id)
                .query(PlaceService::map)
                .optional();
    }

    /** Several places in one query, by id; ids of no place are absent. */
    public Map<Long, Place> byIds(Collection<Long> ids) {
        return kept.byIds(ids, this::read);
    }

    private Map<Long, Place> read(Collection<Long> ids) {
        Map<Long, Place> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from place where id in (:ids)")
                    .param("ids", ids)
                    .query(PlaceService::map)
                    .list()
                    .forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    public List<Place> all() {
        return jdbc.sql("select * from place where not retracted order by name")
                .query(PlaceService::map)
                .list();
    }

    public PageOf<Place> list(int page, int size) {
        PageOf.check(page, size);
        long total = jdbc.sql("select count(*) from place").query(Long.class).single();
        List<Place> items = jdbc.sql("select * from place order by id limit :size offset :offset")
                .param("size", size)
                .param("offset", PageOf.offset(page, size))
                .query(PlaceService::map)
                .list();
        return new PageOf<>(items, page, size, total);
    }

    @Override
    public RecordType recordType() {
        return RecordType.place;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return VersionedRecords.page(
                jdbc, "place", PlaceService::map, Place::id, Place::revisionContent, afterId, limit);
    }

    /**
     * The prefecture each place lies in (a prefecture lies in itself), by place id; places with none above them are
     * absent. One query for the whole hierarchy.
     */
    public Map<Long, String> prefectures() {
        Map<Long, String> found = new HashMap<>();
        jdbc.sql("""
                        with recursive below(id, prefecture) as (
                            select id, name from place where level = 'prefecture' and not retracted
                            union select p.id, below.prefecture from place p join below on p.parent_id = below.id
                             where p.level <> 'prefecture')
                        select id, prefecture from below""")
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("prefecture")))
                .list()
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** Other capabilities name a place by id; a missing or retracted one is an input error of theirs. */
    public void requireUsable(Long id, String field, InputChecks.Collector problems) {
        if (id != null && find(id).filter(p -> !p.retracted()).isEmpty()) {
            problems.problem(field, "no such place: " + id, "app.error.noPlace", "id", String.valueOf(id));
        }
    }

    private PlaceLevel check(PlaceCommand command, Long self) {
        InputChecks.Collector problems = checks.collect(command);
        PlaceLevel level = InputChecks.vocabulary(PlaceLevel.class, command.level(), "level", problems);
        if ((command.latitude() == null) != (command.longitude() == null)) {
            problems.problem(
                    "longitude", "latitude and longitude go together: give both or neither", "app.error.latLon");
        }
        if (command.parentId() != null) {
            requireUsable(command.parentId(), "parentId", problems);
            if (self != null && ancestors(command.parentId()).contains(self)) {
                problems.problem("parentId", "a place cannot lie inside itself", "app.error.placeInItself");
            }
        }
        problems.throwIfAny();
        return level;
    }

    private List<Long> ancestors(long id) {
        return jdbc.sql("""
                        with recursive up(id, parent_id) as (
                            select id, parent_id from place where id = :id
                            union select p.id, p.parent_id from place p join up on p.id = up.parent_id)
                        select id from up""").param("id", id).query(Long.class).list();
    }

    private Place lockCurrent(long id, Integer expectedVersion) {
        Place current = jdbc.sql("select * from place where id = :id for update")
                .param("id", id)
                .query(PlaceService::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("place", id));
        EditGuard.check("place", id, expectedVersion, current.version(), current.retracted());
        return current;
    }

    private static MapSqlParameterSource params(PlaceCommand c, PlaceLevel level) {
        List<String> otherNames = c.otherNames() == null
                ? List.of()
                : c.otherNames().stream().map(String::strip).toList();
        return new MapSqlParameterSource()
                .addValue("name", c.name().strip())
                .addValue("otherNames", otherNames.toArray(String[]::new))
                .addValue("level", level.name())
                .addValue("parentId", c.parentId())
                .addValue("latitude", c.latitude())
                .addValue("longitude", c.longitude());
    }

    private static Place map(ResultSet rs, int row) throws SQLException {
        return new Place(
                rs.getLong("id"),
                rs.getString("name"),
                Arrays.asList((String[]) rs.getArray("other_names").getArray()),
                PlaceLevel.valueOf(rs.getString("level")),
                (Long) rs.getObject("parent_id"),
                (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"),
                rs.getInt("version"),
                rs.getBoolean("retracted"),
                rs.getString("retraction_reason"));
    }
}
