package org.casebook.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Published, unretracted sources, read straight into their public form (see docs/redaction.md). */
@Service
public class PublishedSources {
    private static final String COLUMNS =
            "id, kind, title, publisher, url, published_on, language, party, reliability, consent, synthetic";
    private final JdbcClient jdbc;

    PublishedSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedSource> find(long id) {
        return jdbc.sql("select " + COLUMNS
                        + " from source where id = :id and publication = 'published' and not retracted")
                .param("id", id)
                .query(PublishedSources::map)
                .optional();
    }

    /** One page of the published sources' ids in order: for the sitemap. */
    public List<Long> idsPage(int page, int size) {
        return jdbc.sql("select id from source where publication = 'published' and not retracted"
                        + " order by id limit :size offset :offset")
                .param("size", size)
                .param("offset", (long) page * size)
                .query(Long.class)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from source where publication = 'published' and not retracted")
                .query(Long.class)
                .single();
    }

    public Map<Long, PublishedSource> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select " + COLUMNS
                        + " from source where id in (:ids) and publication = 'published' and not retracted")
                .param("ids", ids)
                .query(PublishedSources::map)
                .list()
                .stream()
                .collect(Collectors.toMap(PublishedSource::id, Function.identity()));
    }

    private static PublishedSource map(ResultSet rs, int row) throws SQLException {
        SourceKind kind = SourceKind.valueOf(rs.getString("kind"));
        boolean anonymous = kind == SourceKind.testimony
                && !Consent.publish_with_name.name().equals(rs.getString("consent"));
        String reliability = rs.getString("reliability");
        return new PublishedSource(
                rs.getLong("id"),
                kind.name(),
                anonymous ? "Testimony of a relative (published anonymously)" : rs.getString("title"),
                anonymous ? null : rs.getString("publisher"),
                anonymous ? null : rs.getString("url"),
                anonymous ? null : rs.getObject("published_on", LocalDate.class),
                anonymous ? null : rs.getString("language"),
                rs.getString("party"),
                reliability + " (" + Reliability.valueOf(reliability).meaning() + ")",
                anonymous,
                rs.getBoolean("synthetic"));
    }
}
