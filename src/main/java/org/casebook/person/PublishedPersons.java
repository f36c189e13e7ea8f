package org.casebook.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.casebook.place.Place;
import org.casebook.place.PlaceService;
import org.casebook.records.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published persons, read straight into their public form. Every query here carries the same condition: the
 * person is published, not retracted and not merged into another record; names are published and not retracted.
 */
@Service
public class PublishedPersons {
    private static final String VISIBLE = "publication = 'published' and not retracted and merged_into is null";
    private final JdbcClient jdbc;
    private final PlaceService places;

    PublishedPersons(JdbcClient jdbc, PlaceService places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    private record Row(
            long id,
            String publicId,
            String gender,
            Integer from,
            Integer to,
            Long hometown,
            boolean synthetic,
            List<Long> merged) {}

    /** The internal id of a published person, for the other capabilities' published views; empty otherwise. */
    public Optional<Long> internalId(String publicId) {
        return jdbc.sql("select id from person where public_id = :p and " + VISIBLE)
                .param("p", publicId)
                .query(Long.class)
                .optional();
    }

    /** The internal ids of the published persons among these public ids, in one query. */
    public Map<String, Long> internalIds(Collection<String> publicIds) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!publicIds.isEmpty()) {
            jdbc.sql("select id, public_id from person where public_id in (:ids) and " + VISIBLE)
                    .param("ids", publicIds)
                    .query((rs, n) -> out.put(rs.getString("public_id"), rs.getLong("id")))
                    .list();
        }
        return out;
    }

    /** Internal ids of published persons among these, keyed by id with their public ids. */
    public Map<Long, String> publicIdsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.sql("select id, public_id from person where id in (:ids) and " + VISIBLE)
                .param("ids", ids)
                .query((rs, n) -> out.put(rs.getLong("id"), rs.getString("public_id")))
                .list();
        return out;
    }

    /** One page of the published persons in id order, as id and public id: for the sitemap. */
    public Map<Long, String> idsPage(int page, int size) {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.sql("select id, public_id from person where " + VISIBLE + " order by id limit :size offset :offset")
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> out.put(rs.getLong("id"), rs.getString("public_id")))
                .list();
        return out;
    }

    public Optional<PublishedPerson> find(String publicId) {
        return findWithId(publicId).map(Found::person);
    }

    /**
     * A published person with the internal id other capabilities' published views need to read about them, and the
     * ids of the records merged into them (whose claims are theirs).
     */
    public record Found(long id, PublishedPerson person, List<Long> merged) {}

    public Optional<Found> findWithId(String publicId) {
        List<Found> found = withIds(List.of(publicId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** In the order given; ids that are not published are left out. */
    public List<PublishedPerson> byPublicIds(List<String> publicIds) {
        return withIds(publicIds).stream().map(Found::person).toList();
    }

    /**
     * As {@link #byPublicIds}, with each person's internal id and the records merged into them: two queries however
     * many persons there are (the persons with their names and merged records, and their hometowns).
     */
    public List<Found> withIds(List<String> publicIds) {
        if (publicIds.isEmpty()) {
            return List.of();
        }
        Map<String, Row> byPublicId = new LinkedHashMap<>();
        Map<Long, List<PublishedPerson.Name>> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.*, n.text, n.script, n.kind, n.language
                        from (select id, public_id, gender, birth_year_from, birth_year_to, hometown_place_id,
                                synthetic, array(select m.id from person m where m.merged_into = person.id
                                    order by m.id) as merged
                            from person where public_id in (:ids) and %s) p
                        left join person_name n
                            on n.person_id = p.id and n.publication = 'published' and not n.retracted
                        order by p.id, n.id""".formatted(VISIBLE)).param("ids", publicIds).query(rs -> {
            long id = rs.getLong("id");
            List<PublishedPerson.Name> own = names.get(id);
            if (own == null) {
                own = new ArrayList<>();
                names.put(id, own);
                byPublicId.put(
                        rs.getString("public_id"),
                        new Row(
                                id,
                                rs.getString("public_id"),
                                rs.getString("gender"),
                                (Integer) rs.getObject("birth_year_from"),
                                (Integer) rs.getObject("birth_year_to"),
                                (Long) rs.getObject("hometown_place_id"),
                                rs.getBoolean("synthetic"),
                                List.of((Long[]) rs.getArray("merged").getArray())));
            }
            if (rs.getString("text") != null) {
                own.add(new PublishedPerson.Name(
                        rs.getString("text"), rs.getString("script"), rs.getString("kind"), rs.getString("language")));
            }
        });
        List<Row> rows = List.copyOf(byPublicId.values());
        Map<Long, Place> hometowns = places.byIds(rows.stream()
                .map(Row::hometown)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Found> out = new ArrayList<>();
        for (String publicId : publicIds) {
            Row r = byPublicId.get(publicId);
            if (r == null) {
                continue;
            }
            List<PublishedPerson.Name> own = names.getOrDefault(r.id(), List.of());
            String display = own.stream()
                    .filter(n -> n.kind().equals("primary"))
                    .findFirst()
                    .or(() -> own.stream().findFirst())
                    .map(PublishedPerson.Name::text)
                    .orElse(r.publicId());
            Place hometown = r.hometown() == null ? null : hometowns.get(r.hometown());
            out.add(new Found(
                    r.id(),
                    new PublishedPerson(
                            r.publicId(),
                            display,
                            own,
                            r.gender(),
                            Person.years(r.from(), r.to()),
                            hometown == null ? null : hometown.name(),
                            r.synthetic()),
                    r.merged()));
        }
        return out;
    }

    public long count() {
        return jdbc.sql("select count(*) from person where " + VISIBLE)
                .query(Long.class)
                .single();
    }

    public PageOf<PublishedPerson> list(int page, int size) {
        PageOf.check(page, size);
        long total = count();
        List<String> ids = jdbc.sql(
                        "select public_id from person where " + VISIBLE + " order by id limit :size offset :offset")
                .param("size", size)
                .param("offset", PageOf.offset(page, size))
                .query(String.class)
                .list();
        return new PageOf<>(byPublicIds(ids), page, size, total);
    }
}
