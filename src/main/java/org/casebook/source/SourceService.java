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
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.editing.RecordEdits;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.ledger.VersionedRecords;
import org.casebook.records.Dates;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.LikePattern;
import org.casebook.records.PageOf;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SourceService implements VersionedRecords {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final ApplicationEventPublisher events;
    private final RecordEdits edits;
    private final RecordEdits.Kind<Source> kind;

    public SourceService(
            JdbcClient jdbc,
            RevisionLog revisions,
            InputChecks checks,
            ApplicationEventPublisher events,
            RecordEdits edits) {
        this.edits = edits;
        this.kind = new RecordEdits.Kind<>(
                RecordType.source,
                "source",
                this::lock,
                this::get,
                s -> "source/" + s.id(),
                (before, after) -> events.publishEvent(new SourceChanged(after.id())),
                s -> events.publishEvent(new SourceRetracted(s.id())));
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.events = events;
    }

    @Transactional
    public Source create(SourceCommand command, String actor) {
        Permissions.require(Role.contributor);
        MapSqlParameterSource params = check(command)
                .addValue("publication", Permissions.initialPublication().name());
        long id = jdbc.sql("""
                        insert into source (kind, title, publisher, url, published_on, language, party, reliability, excerpt,
                                            synthetic, consent, publication, version)
                        values (:kind, :title, :publisher, :url, :publishedOn, :language, :party, :reliability, :excerpt,
                                :synthetic, :consent, :publication, 1) returning id""").paramSource(params).query(Long.class).single();
        Source source = get(id);
        revisions.append(RecordType.source, id, 1, Revision.Action.create, actor, null, source.revisionContent());
        return source;
    }

    /** The checks {@link #create} makes, saving nothing: for an import's dry run. */
    public void validate(SourceCommand command) {
        check(command);
    }

    /**
     * A source already held that is this one (same kind, title, publisher and address, not retracted), so an import
     * that names a source does not make it twice.
     */
    public Optional<Long> findSame(SourceCommand c) {
        return jdbc.sql("""
                        select id from source where not retracted and kind = :kind and title = :title
                        and publisher is not distinct from :publisher and url is not distinct from :url
                        order by id limit 1""")
                .param("kind", c.kind())
                .param("title", c.title() == null ? null : c.title().strip())
                .param("publisher", InputChecks.optional(c.publisher()))
                .param("url", InputChecks.optional(c.url()))
                .query(Long.class)
                .optional();
    }

    @Transactional
    public Source update(long id, SourceCommand command, String actor) {
        return edits.update(
                kind,
                id,
                command.version(),
                command.reason(),
                actor,
                current -> jdbc.sql("""
                        update source set kind = :kind, title = :title, publisher = :publisher, url = :url,
                        published_on = :publishedOn, language = :language, party = :party, reliability = :reliability,
                        excerpt = :excerpt, synthetic = :synthetic, consent = :consent, version = version + 1 where id = :id""")
                        .paramSource(check(command).addValue("id", id))
                        .update());
    }

    @Transactional
    public Source retract(long id, Retraction retraction, String actor) {
        return edits.retract(
                kind,
                id,
                retraction,
                actor,
                reason -> jdbc.sql(
                                "update source set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                        .param("reason", reason)
                        .param("id", id)
                        .update());
    }

    /** A testimony is published only with the testifier's consent; anonymous consent hides its details publicly. */
    @Transactional
    public Source setPublication(long id, Publication state, Integer version, String actor) {
        return edits.setPublication(
                kind,
                id,
                state,
                version,
                actor,
                current -> {
                    if (state == Publication.published
                            && current.kind() == SourceKind.testimony
                            && (current.consent() == null || current.consent() == Consent.do_not_publish)) {
                        throw new InvalidInput(
                                "publication", "the testifier has not consented to publication", "app.error.noConsent");
                    }
                },
                publication -> jdbc.sql("update source set publication = :state, version = version + 1 where id = :id")
                        .param("state", publication.name())
                        .param("id", id)
                        .update());
    }

    public Source get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("source", id));
    }

    public Optional<Source> find(long id) {
        return jdbc.sql("select * from source where id = :id")
                .param("id", id)
                .query(SourceService::map)
                .optional();
    }

    public Map<Long, Source> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select * from source where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(SourceService::map)
                .list()
                .stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
    }

    public PageOf<Source> list(String q, SourceKind kind, Party party, int page, int size) {
        PageOf.check(page, size);
        String where = """
                where not retracted and (cast(:kind as text) is null or kind = :kind)
                and (cast(:party as text) is null or party = :party)
                and (cast(:q as text) is null or title ilike :q or publisher ilike :q)""";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("kind", kind == null ? null : kind.name())
                .addValue("party", party == null ? null : party.name())
                .addValue("q", q == null || q.isBlank() ? null : LikePattern.containing(q.strip()));
        long total = jdbc.sql("select count(*) from source " + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        List<Source> items = jdbc.sql("select * from source " + where + " order by id limit :size offset :offset")
                .paramSource(params.addValue("size", size).addValue("offset", PageOf.offset(page, size)))
                .query(SourceService::map)
                .list();
        return new PageOf<>(items, page, size, total);
    }

    @Override
    public RecordType recordType() {
        return RecordType.source;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return VersionedRecords.page(
                jdbc, "source", SourceService::map, Source::id, Source::revisionContent, afterId, limit);
    }

    private MapSqlParameterSource check(SourceCommand c) {
        InputChecks.Collector problems = checks.collect(c);
        SourceKind kind = InputChecks.vocabulary(SourceKind.class, c.kind(), "kind", problems);
        Party party = InputChecks.vocabulary(Party.class, c.party(), "party", problems);
        Consent consent = c.consent() == null || c.consent().isBlank()
                ? null
                : InputChecks.vocabulary(Consent.class, c.consent(), "consent", problems);
        Reliability reliability = c.reliability() == null || c.reliability().isBlank()
                ? Reliability.F
                : InputChecks.vocabulary(Reliability.class, c.reliability(), "reliability", problems);
        var publishedOn = Dates.parse(c.publishedOn(), "publishedOn", problems);
        String url = InputChecks.optional(c.url());
        if (url != null && !problems.has("url") && !InputChecks.webAddress(url)) {
            problems.problem("url", "must be an http or https address", "app.error.url");
        }
        problems.throwIfAny();
        return new MapSqlParameterSource()
                .addValue("kind", kind.name())
                .addValue("title", c.title().strip())
                .addValue("publisher", InputChecks.optional(c.publisher()))
                .addValue("url", url)
                .addValue("publishedOn", publishedOn)
                .addValue("language", InputChecks.optional(c.language()))
                .addValue("party", party.name())
                .addValue("reliability", reliability.name())
                .addValue("excerpt", InputChecks.optional(c.excerpt()))
                .addValue("synthetic", Boolean.TRUE.equals(c.synthetic()))
                .addValue("consent", consent == null ? null : consent.name());
    }

    private Source lock(long id) {
        return jdbc.sql("select * from source where id = :id for update")
                .param("id", id)
                .query(SourceService::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("source", id));
    }

    private static Source map(ResultSet rs, int row) throws SQLException {
        return new Source(
                rs.getLong("id"),
                SourceKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("publisher"),
                rs.getString("url"),
                rs.getObject("published_on", LocalDate.class),
                rs.getString("language"),
                Party.valueOf(rs.getString("party")),
                Reliability.valueOf(rs.getString("reliability")),
                rs.getString("excerpt"),
                rs.getBoolean("synthetic"),
                rs.getInt("version"),
                rs.getBoolean("retracted"),
                rs.getString("retraction_reason"),
                Publication.of(rs.getString("publication")),
                rs.getString("consent") == null ? null : Consent.valueOf(rs.getString("consent")));
    }
}
