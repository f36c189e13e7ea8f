package org.casebook.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.records.Publication;
import org.casebook.source.Party;
import org.casebook.status.Stance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Claim rows as records, and the reads that both the claim service and the status derivation make. */
final class ClaimRows {
    private ClaimRows() {}

    /** A person's claims in timeline order: by event date, undated ones last. */
    static List<Claim> forPerson(JdbcClient jdbc, long personId) {
        return jdbc.sql(
                        "select * from claim where person_id = :id order by date_from nulls last, date_to nulls last, id")
                .param("id", personId)
                .query(ClaimRows::map)
                .list();
    }

    /** Claims about several persons at once, for building search documents in batches. */
    static Map<Long, List<Claim>> forPersons(JdbcClient jdbc, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(
                        "select * from claim where person_id = any(:ids) order by date_from nulls last, date_to nulls last, id")
                .param("ids", personIds.toArray(Long[]::new))
                .query(ClaimRows::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Claim::personId));
    }

    /** A claim as its checked values ({@link ClaimChecks}) will be stored, before it is: version 1, not retracted. */
    static Claim checked(long id, MapSqlParameterSource p, Publication publication) {
        return new Claim(
                id,
                (Long) p.getValue("personId"),
                (Long) p.getValue("subjectPlaceId"),
                (String) p.getValue("type"),
                (Long) p.getValue("placeId"),
                (Long) p.getValue("facilityId"),
                (String) p.getValue("sentenceTerm"),
                (String) p.getValue("charge"),
                (String) p.getValue("details"),
                new EventDate(
                        DatePrecision.valueOf((String) p.getValue("precision")),
                        (LocalDate) p.getValue("dateFrom"),
                        (LocalDate) p.getValue("dateTo")),
                (Long) p.getValue("sourceId"),
                (String) p.getValue("asserter"),
                Party.valueOf((String) p.getValue("asserterParty")),
                Stance.valueOf((String) p.getValue("stance")),
                (String) p.getValue("quote"),
                (Integer) p.getValue("credibility"),
                Verification.valueOf((String) p.getValue("verification")),
                (String) p.getValue("notes"),
                (Boolean) p.getValue("synthetic"),
                1,
                false,
                null,
                publication);
    }

    static Claim map(ResultSet rs, int row) throws SQLException {
        EventDate date = new EventDate(
                DatePrecision.valueOf(rs.getString("date_precision")),
                rs.getObject("date_from", LocalDate.class),
                rs.getObject("date_to", LocalDate.class));
        return new Claim(
                rs.getLong("id"),
                (Long) rs.getObject("person_id"),
                (Long) rs.getObject("subject_place_id"),
                rs.getString("type"),
                (Long) rs.getObject("place_id"),
                (Long) rs.getObject("facility_id"),
                rs.getString("sentence_term"),
                rs.getString("charge"),
                rs.getString("details"),
                date,
                rs.getLong("source_id"),
                rs.getString("asserter"),
                Party.valueOf(rs.getString("asserter_party")),
                Stance.valueOf(rs.getString("stance")),
                rs.getString("quote"),
                rs.getInt("credibility"),
                Verification.valueOf(rs.getString("verification")),
                rs.getString("notes"),
                rs.getBoolean("synthetic"),
                rs.getInt("version"),
                rs.getBoolean("retracted"),
                rs.getString("retraction_reason"),
                Publication.of(rs.getString("publication")));
    }
}
