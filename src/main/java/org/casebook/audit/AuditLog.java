package org.casebook.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.records.PageOf;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who did what that matters for the safety of the record and its sources: logins and failed logins, viewing of
 * secrets, publication and retraction, account and permission changes. Append-only (a trigger refuses changes);
 * details name fields and records, never secret values.
 */
@Service
public class AuditLog {
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Event(long id, Instant at, String actor, String action, String target, String detail) {}

    public void record(String action, String target, String detail) {
        recordAs(CurrentUser.name(), action, target, detail);
    }

    public void recordAs(String actor, String action, String target, String detail) {
        jdbc.sql(
                        "insert into audit_event (at, actor, action, target, detail) values (:at, :actor, :action, :target, :detail)")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("detail", detail)
                .update();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PageOf<Event> list(String action, String actor, int page, int size) {
        PageOf.check(page, size);
        String where = """
                where (cast(:action as text) is null or starts_with(action, :action))
                and (cast(:actor as text) is null or actor = :actor)""";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("action", blank(action) ? null : action.strip())
                .addValue("actor", blank(actor) ? null : actor.strip());
        long total = jdbc.sql("select count(*) from audit_event " + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        List<Event> events = jdbc.sql(
                        "select * from audit_event " + where + " order by id desc limit :size offset :offset")
                .paramSource(params.addValue("size", size).addValue("offset", PageOf.offset(page, size)))
                .query((rs, n) -> new Event(
                        rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("detail")))
                .list();
        return new PageOf<>(events, page, size, total);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
