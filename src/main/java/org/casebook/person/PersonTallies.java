package org.casebook.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.status.PersonStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Persons as statistics and estimation count them: each person once. A record merged into another is not a person
 * of its own; what it says counts for the person it was merged into.
 */
@Component
public class PersonTallies {
    /** One counted person; birth years may be a range or unknown. */
    public record PersonTally(
            long id,
            String publicId,
            PersonStatus status,
            Gender gender,
            Integer birthYearFrom,
            Integer birthYearTo,
            Long hometownPlaceId) {}

    private final JdbcClient jdbc;

    PersonTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every person not retracted and not merged into another; with {@code publishedOnly}, the published ones. */
    public List<PersonTally> persons(boolean publishedOnly) {
        return jdbc.sql(
                        "select id, public_id, derived_status, gender, birth_year_from, birth_year_to, hometown_place_id"
                                + " from person where not retracted and merged_into is null"
                                + (publishedOnly ? " and publication = 'published'" : "") + " order by id")
                .query((rs, n) -> new PersonTally(
                        rs.getLong("id"),
                        rs.getString("public_id"),
                        PersonStatus.valueOf(rs.getString("derived_status")),
                        Gender.valueOf(rs.getString("gender")),
                        (Integer) rs.getObject("birth_year_from"),
                        (Integer) rs.getObject("birth_year_to"),
                        (Long) rs.getObject("hometown_place_id")))
                .list();
    }

    /**
     * For each record id given, the person it counts as: itself, or the person it was merged into (following a chain of
     * merges). Retracted records, and records merged into retracted ones, are absent.
     */
    public Map<Long, Long> countedAs(Collection<Long> ids) {
        Map<Long, Long> into = new HashMap<>();
        Map<Long, Boolean> retracted = new HashMap<>();
        jdbc.sql("select id, merged_into, retracted from person").query(rs -> {
            into.put(rs.getLong("id"), (Long) rs.getObject("merged_into"));
            retracted.put(rs.getLong("id"), rs.getBoolean("retracted"));
        });
        Map<Long, Long> counted = new HashMap<>();
        for (Long id : ids) {
            Long current = id;
            for (int depth = 0; current != null && into.get(current) != null && depth < 100; depth++) {
                current = into.get(current);
            }
            if (current != null && retracted.containsKey(current) && !retracted.get(current)) {
                counted.put(id, current);
            }
        }
        return counted;
    }
}
