package org.casebook.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.ledger.CanonicalJson;
import org.casebook.ledger.LedgerEntrySource;
import org.casebook.ledger.SqlEntrySource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Estimates kept as records that can be cited: append-only, each an entry of the ledger (type "estimate"). */
@Component
public class SavedEstimates {
    static final String ENTRY_TYPE = "estimate";

    /** A saved estimate; inputs and result are canonical JSON. */
    public record Saved(
            long id,
            String title,
            String inputs,
            String result,
            String methodVersion,
            String appVersion,
            String createdBy,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String appVersion;

    SavedEstimates(JdbcClient jdbc, Clock clock, ObjectProvider<BuildProperties> build) {
        this.jdbc = jdbc;
        this.clock = clock;
        BuildProperties properties = build.getIfAvailable();
        this.appVersion = properties == null ? "unknown" : properties.getVersion();
    }

    public Saved save(String title, Map<String, ?> inputs, Map<String, ?> result, String actor) {
        long id = jdbc.sql("insert into estimate (title, inputs, result, method_version, app_version, created_by,"
                        + " created_at) values (:title, :inputs, :result, :method, :app, :by, :at) returning id")
                .param("title", title)
                .param("inputs", CanonicalJson.write(inputs))
                .param("result", CanonicalJson.write(result))
                .param("method", EstimateJson.METHOD_VERSION)
                .param("app", appVersion)
                .param("by", actor)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    public Optional<Saved> find(long id) {
        return jdbc.sql("select * from estimate where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The newest first, without their contents. */
    public List<Saved> recent(int limit) {
        return jdbc.sql("select id, title, '' as inputs, '' as result, method_version, app_version, created_by,"
                        + " created_at from estimate order by id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static Saved row(ResultSet rs) throws SQLException {
        return new Saved(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("inputs"),
                rs.getString("result"),
                rs.getString("method_version"),
                rs.getString("app_version"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    @Bean
    static LedgerEntrySource estimateEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(jdbc, ENTRY_TYPE, "select * from estimate where id = any(:ids)", (rs, fields) -> {
            fields.put("estimateId", rs.getLong("id"));
            fields.put("title", rs.getString("title"));
            fields.put("inputs", new CanonicalJson.Raw(rs.getString("inputs")));
            fields.put("result", new CanonicalJson.Raw(rs.getString("result")));
            fields.put("methodVersion", rs.getString("method_version"));
            fields.put("appVersion", rs.getString("app_version"));
            fields.put("createdBy", rs.getString("created_by"));
            fields.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
        });
    }
}
