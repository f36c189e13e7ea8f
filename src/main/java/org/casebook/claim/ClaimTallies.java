package org.casebook.claim;

import java.util.List;
import java.util.Set;
import org.casebook.status.Stance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Claims about persons as statistics and estimation count them: who they concern, what, when and from where. */
@Component
public class ClaimTallies {
    /** Claim types whose year is the year a person was detained or disappeared (as the public facets count it). */
    public static final Set<String> TAKEN = Set.of("detained", "held_at", "sentenced", "disappeared", "no_contact");

    /** One claim about a person (the record it was made about, before any merge); the year is unknown when undated. */
    public record ClaimTally(long personId, String type, Stance stance, Integer year, long sourceId) {}

    private final JdbcClient jdbc;

    ClaimTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every claim about a person that is not retracted; with {@code publishedOnly}, the published ones. */
    public List<ClaimTally> personClaims(boolean publishedOnly) {
        return jdbc.sql(
                        "select person_id, type, stance, extract(year from date_from)::int as year, source_id from claim"
                                + " where person_id is not null and not retracted"
                                + (publishedOnly ? " and publication = 'published'" : "") + " order by id")
                .query((rs, n) -> new ClaimTally(
                        rs.getLong("person_id"),
                        rs.getString("type"),
                        Stance.valueOf(rs.getString("stance")),
                        (Integer) rs.getObject("year"),
                        rs.getLong("source_id")))
                .list();
    }
}
