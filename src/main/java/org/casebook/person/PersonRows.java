package org.casebook.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.casebook.records.InputChecks;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.status.DerivedStatus;
import org.casebook.status.PersonStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of person and person_name as records, and a person command as row values. */
final class PersonRows {
    private PersonRows() {}

    static MapSqlParameterSource params(PersonCommand c, Gender gender) {
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

    static Person map(ResultSet rs, int row) throws SQLException {
        DerivedStatus status = new DerivedStatus(
                PersonStatus.valueOf(rs.getString("derived_status")),
                rs.getString("status_explanation"),
                Arrays.asList((Long[]) rs.getArray("status_basis").getArray()));
        return new Person(
                rs.getLong("id"),
                rs.getString("public_id"),
                Gender.valueOf(rs.getString("gender")),
                (Integer) rs.getObject("birth_year_from"),
                (Integer) rs.getObject("birth_year_to"),
                rs.getString("ethnicity"),
                (Long) rs.getObject("hometown_place_id"),
                rs.getString("occupation"),
                rs.getString("notes"),
                rs.getBoolean("synthetic"),
                status,
                rs.getInt("version"),
                rs.getBoolean("retracted"),
                rs.getString("retraction_reason"),
                (Long) rs.getObject("merged_into"),
                Publication.of(rs.getString("publication")));
    }

    static PersonName mapName(ResultSet rs, int row) throws SQLException {
        return new PersonName(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("text"),
                rs.getString("script"),
                NameKind.valueOf(rs.getString("kind")),
                rs.getString("language"),
                rs.getInt("version"),
                rs.getBoolean("retracted"),
                rs.getString("retraction_reason"),
                Publication.of(rs.getString("publication")));
    }

    static PersonName name(JdbcClient jdbc, long nameId) {
        return jdbc.sql("select * from person_name where id = :id")
                .param("id", nameId)
                .query(PersonRows::mapName)
                .optional()
                .orElseThrow(() -> new RecordNotFound("name", nameId));
    }

    /** The person's row, locked until the transaction ends, so that concurrent changes of one person queue up. */
    static Person lock(JdbcClient jdbc, long id) {
        return jdbc.sql("select * from person where id = :id for update")
                .param("id", id)
                .query(PersonRows::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("person", id));
    }
}
