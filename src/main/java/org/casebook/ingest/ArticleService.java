package org.casebook.ingest;

import org.casebook.account.CurrentUser;
import org.casebook.account.Permissions;
import org.casebook.account.Role;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimService;
import org.casebook.person.NameCommand;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonService;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Articles through extraction to claims: reading an article makes its source and stores the proposals; an editor's
 * acceptance makes the claim (and the person, when new), noting in the claim that it came from extraction and who
 * accepted it. A proposal accepted once is never made into a second claim, however often the article is re-read.
 */
@Service
public class ArticleService {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Extractor extractor;
    private final SourceService sources;
    private final PersonService persons;
    private final ClaimService claims;
    private final Clock clock;

    ArticleService(JdbcClient jdbc, Extractor extractor, SourceService sources, PersonService persons, ClaimService claims,
                   Clock clock) {
        this.jdbc = jdbc;
        this.extractor = extractor;
        this.sources = sources;
        this.persons = persons;
        this.claims = claims;
        this.clock = clock;
    }

    /** What an editor accepts: the proposal as they corrected it. */
    public record Acceptance(String personId, String newPersonName, String type, String asserter, String asserterParty,
                             String stance, String date) {
    }

    public record FileRead(long articleId, boolean readBefore) {
    }

    /**
     * An article from a file (.txt, .html, .pdf, .docx): title, publisher and date come from the file when the
     * command leaves them empty. A file read before is not read again.
     */
    public FileRead readFile(String name, byte[] bytes, ArticleCommand defaults) {
        Permissions.require(Role.contributor);
        String sha = java.util.HexFormat.of().formatHex(org.casebook.ledger.proof.Merkle.sha256().digest(bytes));
        Optional<Long> earlier = jdbc.sql("select id from article where content_sha256 = :sha").param("sha", sha)
                .query(Long.class).optional();
        if (earlier.isPresent()) {
            return new FileRead(earlier.get(), true);
        }
        ArticleText found = ArticleFiles.read(name, bytes);
        ArticleCommand command = new ArticleCommand(found.text(), blankTo(defaults.title(), found.title()),
                blankTo(defaults.publisher(), found.publisher()), defaults.url(),
                blankTo(defaults.publishedOn(), found.publishedOn() == null ? null : found.publishedOn().toString()),
                defaults.kind(), defaults.party(), defaults.reliability());
        long id = read(command);
        jdbc.sql("update article set content_sha256 = :sha where id = :id").param("sha", sha).param("id", id).update();
        return new FileRead(id, false);
    }

    public long read(ArticleCommand c) {
        Permissions.require(Role.contributor);
        if ((c.title() == null || c.title().isBlank() || c.publishedOn() == null || c.publishedOn().isBlank())
                && c.text() != null && !c.text().isBlank()) {
            ArticleText found = ArticleText.fromPlainText(c.text());
            c = new ArticleCommand(c.text(), blankTo(c.title(), found.title()), c.publisher(), c.url(),
                    blankTo(c.publishedOn(), found.publishedOn() == null ? null : found.publishedOn().toString()),
                    c.kind(), c.party(), c.reliability());
        }
        InputChecks.Collector problems = new InputChecks.Collector();
        LocalDate published = org.casebook.records.Dates.parse(c.publishedOn(), "publishedOn", problems);
        if (c.text() == null || c.text().isBlank()) {
            problems.problem("text", "paste the article's text or upload its file");
        } else if (c.text().length() > Extractor.MAX_CHARS) {
            problems.problem("text", "at most " + Extractor.MAX_CHARS + " characters");
        }
        problems.throwIfAny();
        String title = c.title() == null || c.title().isBlank() ? c.text().strip().lines().findFirst().orElse("Article") : c.title();
        if (title.length() > 500) {
            title = title.substring(0, 500);
        }
        // Read before anything is written: reading takes seconds and must not hold a transaction open.
        Extraction extraction = extractor.extract(c.text(), c.publisher(), published);
        Source source = sources.create(new SourceCommand(blankTo(c.kind(), "news_article"), title.strip(), c.publisher(),
                c.url(), c.publishedOn(), "en", blankTo(c.party(), "media"), blankTo(c.reliability(), "C"), c.text(), false,
                null, null), CurrentUser.name());
        return jdbc.sql("""
                        insert into article (source_id, published_on, publisher, proposals, read_by, read_at)
                        values (:source, :published, :publisher, :proposals, :by, :at) returning id""")
                .param("source", source.id()).param("published", published).param("publisher", InputChecks.optional(c.publisher()))
                .param("proposals", JSON.writeValueAsString(extraction)).param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** Reads the article again with the current rules; decisions already made stay. */
    public void reread(long id) {
        Permissions.require(Role.contributor);
        Article article = get(id);
        Source source = sources.get(article.sourceId());
        Extraction extraction = extractor.extract(source.excerpt(), article.publisher(), article.publishedOn());
        jdbc.sql("update article set proposals = :p, read_by = :by, read_at = :at where id = :id")
                .param("p", JSON.writeValueAsString(extraction)).param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
    }

    public Article get(long id) {
        Permissions.require(Role.viewer);
        var row = jdbc.sql("select * from article where id = :id").param("id", id).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("article", id));
        List<Article.Decision> decisions = jdbc.sql("select * from article_decision where article_id = :id order by id")
                .param("id", id).query((rs, n) -> new Article.Decision(rs.getString("proposal"), rs.getString("decision"),
                        (Long) rs.getObject("claim_id"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
                .list();
        java.sql.Date published = (java.sql.Date) row.get("published_on");
        return new Article(id, ((Number) row.get("source_id")).longValue(), published == null ? null : published.toLocalDate(),
                (String) row.get("publisher"), JSON.readValue((String) row.get("proposals"), Extraction.class),
                (String) row.get("read_by"), ((Timestamp) row.get("read_at")).toInstant(), decisions);
    }

    public List<Long> recent() {
        return jdbc.sql("select id from article order by id desc limit 20").query(Long.class).list();
    }

    @Transactional
    public Claim accept(long id, int index, Acceptance a) {
        Permissions.require(Role.contributor);
        Article article = get(id);
        Extraction.ClaimProposal proposal = proposal(article, index);
        Article.Decision earlier = article.decisionFor(proposal);
        if (earlier != null && earlier.decision().equals("accepted")) {
            throw new InvalidInput("proposal", "already accepted as claim " + earlier.claimId());
        }
        String personId = a.personId() == null ? "" : a.personId().strip();
        if (personId.isEmpty()) {
            if (a.newPersonName() == null || a.newPersonName().isBlank()) {
                throw new InvalidInput("personId", "choose the person the claim is about, or name a new one");
            }
            personId = persons.create(new PersonCommand("unknown", null, null, null, null, null, null, false,
                    List.of(new NameCommand(a.newPersonName().strip(), "primary", null, null, null)), null, null),
                    CurrentUser.name()).publicId();
        }
        String date = a.date() == null || a.date().isBlank() ? null : a.date().strip();
        String precision = date == null ? "unknown" : date.length() == 4 ? "year" : date.length() == 7 ? "month" : "day";
        Claim claim = claims.create(new ClaimCommand(personId, null, blankTo(a.type(), proposal.type()), null, null, null,
                null, precision, date, null, article.sourceId(), blankTo(a.asserter(), proposal.asserter()),
                blankTo(a.asserterParty(), PartyGuess.of(proposal.asserter())), blankTo(a.stance(), proposal.stance()),
                proposal.sentence(), 6, "unverified",
                "Proposed by the extractor from article " + id + "; accepted by " + CurrentUser.name() + ".", false,
                null, null), CurrentUser.name());
        decide(id, proposal, "accepted", claim.id());
        return claim;
    }

    public void reject(long id, int index) {
        Permissions.require(Role.contributor);
        Article article = get(id);
        Extraction.ClaimProposal proposal = proposal(article, index);
        Article.Decision earlier = article.decisionFor(proposal);
        if (earlier != null && earlier.decision().equals("accepted")) {
            throw new InvalidInput("proposal", "already accepted as claim " + earlier.claimId() + "; retract the claim instead");
        }
        decide(id, proposal, "rejected", null);
    }

    private void decide(long id, Extraction.ClaimProposal proposal, String decision, Long claimId) {
        jdbc.sql("""
                        insert into article_decision (article_id, proposal, decision, claim_id, decided_by, decided_at)
                        values (:id, :proposal, :decision, :claim, :by, :at)""")
                .param("id", id).param("proposal", Article.key(proposal)).param("decision", decision).param("claim", claimId)
                .param("by", CurrentUser.name()).param("at", Timestamp.from(clock.instant())).update();
    }

    private static Extraction.ClaimProposal proposal(Article article, int index) {
        if (index < 0 || index >= article.proposals().claims().size()) {
            throw new InvalidInput("proposal", "no proposal " + index + " in article " + article.id());
        }
        return article.proposals().claims().get(index);
    }

    static String blankTo(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
