package org.casebook.report;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casebook.person.PublishedPersons;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reports as they stand, read from their rows and their events (the newest state wins). */
final class ReportRows {
    private ReportRows() {}

    /** Reports as they stand now, in the order of {@code ids}: three queries however many there are. */
    static List<Report> current(JdbcClient jdbc, PublishedPersons published, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EventRow>> eventsOf = new HashMap<>();
        jdbc.sql("select * from report_event where report_id in (:ids) order by report_id, id")
                .param("ids", ids)
                .query((rs, n) -> eventsOf.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                        .add(mapEvent(rs, n)))
                .list();
        Map<Long, Long> personOf = new HashMap<>();
        eventsOf.forEach((report, rows) -> rows.stream()
                .map(EventRow::personId)
                .filter(Objects::nonNull)
                .reduce((first, second) -> second)
                .ifPresent(person -> personOf.put(report, person)));
        Set<Long> publishedPersons = published.publicIdsOf(personOf.values()).keySet();
        Map<Long, List<Report.File>> filesOf = new HashMap<>();
        jdbc.sql("select * from report_file where report_id in (:ids) order by report_id, evidence_sha256")
                .param("ids", ids)
                .query((rs, n) -> filesOf.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                        .add(new Report.File(rs.getString("evidence_sha256"), rs.getString("media_type"))))
                .list();
        Map<Long, Report> byId = new HashMap<>();
        jdbc.sql("select * from report where id in (:ids)")
                .param("ids", ids)
                .query()
                .listOfRows()
                .forEach(row -> {
                    long id = ((Number) row.get("id")).longValue();
                    List<Report.Event> events = new ArrayList<>();
                    ReportState state = ReportState.received;
                    for (EventRow e : eventsOf.getOrDefault(id, List.of())) {
                        events.add(e.event());
                        if (e.event().state() != null) {
                            state = e.event().state();
                        }
                    }
                    Long personId = personOf.get(id);
                    if (state == ReportState.linked && personId != null && publishedPersons.contains(personId)) {
                        state = ReportState.published;
                    }
                    Array names = (Array) row.get("names");
                    try {
                        byId.put(
                                id,
                                new Report(
                                        id,
                                        List.of((String[]) names.getArray()),
                                        row.get("last_contact_on") == null
                                                ? null
                                                : ((Date) row.get("last_contact_on")).toLocalDate(),
                                        (String) row.get("last_place"),
                                        (String) row.get("account"),
                                        (String) row.get("consent"),
                                        ((Timestamp) row.get("received_at")).toInstant(),
                                        state,
                                        personId,
                                        events,
                                        new ReportDetails(
                                                (String) row.get("birth_year_or_age"),
                                                (String) row.get("gender"),
                                                (String) row.get("hometown"),
                                                (String) row.get("occupation"),
                                                (String) row.get("taken_place"),
                                                (String) row.get("held_place"),
                                                (Boolean) row.get("asks_proof_of_life"),
                                                (Boolean) row.get("life_request_consent")),
                                        filesOf.getOrDefault(id, List.of())));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private record EventRow(Report.Event event, Long personId) {}

    private static EventRow mapEvent(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("state");
        return new EventRow(
                new Report.Event(
                        rs.getTimestamp("at").toInstant(),
                        state == null ? null : ReportState.valueOf(state),
                        rs.getString("addition"),
                        rs.getString("actor")),
                (Long) rs.getObject("person_id"));
    }
}
