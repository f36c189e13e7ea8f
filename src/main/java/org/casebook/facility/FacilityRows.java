package org.casebook.facility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.casebook.records.Publication;
import org.casebook.status.FacilityStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Facility rows as records, and names to and from their JSON column. */
final class FacilityRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FacilityName>> NAMES = new TypeReference<>() {};

    private FacilityRows() {}

    static String namesJson(List<FacilityName> names) {
        return JSON.writeValueAsString(names);
    }

    static Facility map(ResultSet rs, int row) throws SQLException {
        return new Facility(
                rs.getLong("id"),
                rs.getString("public_id"),
                List.copyOf(JSON.readValue(rs.getString("names"), NAMES)),
                FacilityKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("place_id"),
                rs.getDouble("latitude"),
                rs.getDouble("longitude"),
                rs.getInt("point_precision_m"),
                rs.getString("outline"),
                (Integer) rs.getObject("outline_precision_m"),
                (Integer) rs.getObject("tier"),
                (Long) rs.getObject("tier_source_id"),
                rs.getObject("tier_assessed_on", LocalDate.class),
                rs.getString("tier_note"),
                rs.getString("notes"),
                rs.getBoolean("synthetic"),
                FacilityStatus.valueOf(rs.getString("derived_status")),
                rs.getString("status_explanation"),
                Arrays.asList((Long[]) rs.getArray("status_claim_ids").getArray()),
                FacilityStatus.valueOf(rs.getString("published_status")),
                Publication.of(rs.getString("publication")),
                rs.getInt("version"),
                rs.getBoolean("retracted"),
                rs.getString("retraction_reason"));
    }
}
