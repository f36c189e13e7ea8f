package org.casebook.ingest;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.ledger.proof.Merkle;
import org.casebook.records.Dates;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles through extraction to claims: reading an article makes its source and stores the proposals; an editor's
 * acceptance makes the claim (and the person, when new), noting in the claim that it came from extraction and who
 * accepted it. A proposal accepted once is never made into a second claim, however often the article is re-read.
 * <p>
 * Pages and the API queue the reading on one background thread (reading takes seconds and gigabytes, the first
 * after a start half a minute for the models): the article is saved at once as "reading" and its page follows it.
 * Articles left "reading" by a stop are queued again at start. The command line reads in its own thread.
 */
@Service
class ArticleService {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleService.class);
    private final ExecutorService readingQueue = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("article-reading").daemon().factory());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Extractor extractor;
    private final SourceService sources;
    private final Clock clock;

    ArticleService(JdbcClient jdbc, Extractor extractor, SourceService sources, Clock clock) {
        this.jdbc = jdbc;
        this.extractor = extractor;
        this.sources = sources;
        this.clock = clock;
    }

    public record FileRead(long articleId, boolean readBefore) {}

    /**
     * An article from a file (.txt, .html, .pdf, .docx): title, publisher and date come from the file when the
     * command leaves them empty. A file read before is not read again.
     */
    public FileRead readFile(String name, byte[] bytes, ArticleCommand defaults) {
        return readFile(name, bytes, defaults, true);
    }

    /** For the command line: read before returning. */
    FileRead readFileNow(String name, byte[] bytes, ArticleCommand defaults) {
        return readFile(name, bytes, defaults, false);
    }

    private FileRead readFile(String name, byte[] bytes, ArticleCommand defaults, boolean inBackground) {
        Permissions.require(Role.contributor);
        String sha = HexFormat.of().formatHex(Merkle.sha256().digest(bytes));
        Optional<Long> earlier = jdbc.sql("select id from article where content_sha256 = :sha")
                .param("sha", sha)
                .query(Long.class)
                .optional();
        if (earlier.isPresent()) {
            if (get(earlier.get()).state().equals("failed")) {
                // Read before but not successfully: try again, keeping the article and its source.
                if (inBackground) {
                    reread(earlier.get());
                } else {
                    readNow(earlier.get());
                }
            }
            return new FileRead(earlier.get(), true);
        }
        ArticleText found = ArticleFiles.read(name, bytes);
        ArticleCommand command = new ArticleCommand(
                found.text(),
                blankTo(defaults.title(), found.title()),
                blankTo(defaults.publisher(), found.publisher()),
                defaults.url(),
                blankTo(
                        defaults.publishedOn(),
                        found.publishedOn() == null ? null : found.publishedOn().toString()),
                defaults.kind(),
                defaults.party(),
                defaults.reliability());
        long id = save(command, sha);
        if (inBackground) {
            queue(id);
        } else {
            readNow(id);
        }
        return new FileRead(id, false);
    }

    /** Saves the article and its source and queues the reading; returns the article's id at once. */
    public long read(ArticleCommand c) {
        long id = save(c, null);
        queue(id);
        return id;
    }

    private long save(ArticleCommand c, String sha) {
        Permissions.require(Role.contributor);
        if ((c.title() == null
                        || c.title().isBlank()
                        || c.publishedOn() == null
                        || c.publishedOn().isBlank())
                && c.text() != null
                && !c.text().isBlank()) {
            ArticleText found = ArticleText.fromPlainText(c.text());
            c = new ArticleCommand(
                    c.text(),
                    blankTo(c.title(), found.title()),
                    c.publisher(),
                    c.url(),
                    blankTo(
                            c.publishedOn(),
                            found.publishedOn() == null
                                    ? null
                                    : found.publishedOn().toString()),
                    c.kind(),
                    c.party(),
                    c.reliability());
        }
        InputChecks.Collector problems = new InputChecks.Collector();
        LocalDate published = Dates.parse(c.publishedOn(), "publishedOn", problems);
        if (c.text() == null || c.text().isBlank()) {
            problems.problem("text", "paste the article's text or upload its file", "app.error.noText");
        } else if (c.text().length() > Extractor.MAX_CHARS) {
            problems.problem(
                    "text",
                    "at most " + Extractor.MAX_CHARS + " characters",
                    "error.tooLong",
                    "max",
                    Extractor.MAX_CHARS);
        }
        problems.throwIfAny();
        String title = c.title() == null || c.title().isBlank()
                ? c.text().strip().lines().findFirst().orElse("Article")
                : c.title();
        if (title.length() > 500) {
            title = title.substring(0, 500);
        }
        Source source = sources.create(
                new SourceCommand(
                        blankTo(c.kind(), "news_article"),
                        title.strip(),
                        c.publisher(),
                        c.url(),
                        c.publishedOn(),
                        "en",
                        blankTo(c.party(), "media"),
                        blankTo(c.reliability(), "C"),
                        c.text(),
                        false,
                        null,
                        null),
                CurrentUser.name());
        return jdbc.sql("""
                        insert into article (source_id, published_on, publisher, read_by, state, queued_at, content_sha256)
                        values (:source, :published, :publisher, :by, 'reading', :at, :sha) returning id""")
                .param("source", source.id())
                .param("published", published)
                .param("publisher", InputChecks.optional(c.publisher()))
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("sha", sha)
                .query(Long.class)
                .single();
    }

    /** Reads the article again with the current rules, in the background; decisions already made stay. */
    public void reread(long id) {
        Permissions.require(Role.contributor);
        get(id);
        jdbc.sql("update article set state = 'reading', failure = null, read_by = :by, queued_at = :at where id = :id")
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        queue(id);
    }

    /** How many articles are queued before this one (0 when it is being read). */
    public int aheadInQueue(long id) {
        Permissions.require(Role.viewer);
        return jdbc.sql("select count(*) from article where state = 'reading' and id < :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private void queue(long id) {
        readingQueue.submit(() -> CurrentUser.asSystem("article-reading", () -> readNow(id)));
    }

    /** Reads an article into its proposals; a failure is kept with the article (never its text in the log). */
    void readNow(long id) {
        Article article = get(id);
        Source source = sources.get(article.sourceId());
        try {
            Extraction extraction = extractor.extract(source.excerpt(), article.publisher(), article.publishedOn());
            jdbc.sql("update article set proposals = :p, state = 'read', failure = null, read_at = :at where id = :id")
                    .param("p", JSON.writeValueAsString(extraction))
                    .param("at", Timestamp.from(clock.instant()))
                    .param("id", id)
                    .update();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.warn("article {} could not be read: {}", id, e.getClass().getSimpleName());
            String reason = e instanceof InvalidInput
                    ? e.getMessage()
                    : "the reader failed (" + e.getClass().getSimpleName()
                            + "); read it again, or split a long article";
            jdbc.sql("update article set state = 'failed', failure = :why where id = :id")
                    .param("why", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                    .param("id", id)
                    .update();
        }
    }

    /** Articles a stop left unread are read now. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeReading() {
        List<Long> unread = jdbc.sql("select id from article where state = 'reading' order by id")
                .query(Long.class)
                .list();
        if (!unread.isEmpty()) {
            LOG.info("{} articles queued for reading again", unread.size());
            unread.forEach(this::queue);
        }
    }

    @PreDestroy
    void stopReading() {
        readingQueue.shutdownNow();
    }

    public Article get(long id) {
        Permissions.require(Role.viewer);
        var row = jdbc.sql("select * from article where id = :id").param("id", id).query().listOfRows().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("article", id));
        List<Article.Decision> decisions = jdbc.sql("select * from article_decision where article_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Article.Decision(
                        rs.getString("proposal"),
                        rs.getString("decision"),
                        (Long) rs.getObject("claim_id"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
        Date published = (Date) row.get("published_on");
        String proposals = (String) row.get("proposals");
        Timestamp readAt = (Timestamp) row.get("read_at");
        return new Article(
                id,
                ((Number) row.get("source_id")).longValue(),
                published == null ? null : published.toLocalDate(),
                (String) row.get("publisher"),
                proposals == null ? Extraction.NOTHING_YET : JSON.readValue(proposals, Extraction.class),
                (String) row.get("read_by"),
                readAt == null ? null : readAt.toInstant(),
                decisions,
                (String) row.get("state"),
                (String) row.get("failure"));
    }

    public List<Long> recent() {
        return jdbc.sql("select id from article order by id desc limit 20")
                .query(Long.class)
                .list();
    }

    static String blankTo(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
