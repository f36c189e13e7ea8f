package org.casebook.source;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sources as statistics and estimation count them. */
@Component
public class SourceTallies {
    public record SourceTally(long id, SourceKind kind, Party party, String title) {}

    private final JdbcClient jdbc;

    SourceTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every source not retracted; with {@code publishedOnly}, the published ones. */
    public List<SourceTally> sources(boolean publishedOnly) {
        return jdbc.sql("select id, kind, party, title from source where not retracted"
                        + (publishedOnly ? " and publication = 'published'" : "") + " order by id")
                .query((rs, n) -> new SourceTally(
                        rs.getLong("id"),
                        SourceKind.valueOf(rs.getString("kind")),
                        Party.valueOf(rs.getString("party")),
                        rs.getString("title")))
                .list();
    }
}
