package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.claim.Claim;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityCommand;
import org.casebook.facility.FacilityEdits;
import org.casebook.facility.FacilityName;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Articles are read in the background: one left "reading" by a stop is read when the server starts again, its page
 * shows the reading until the proposals are there, and a reading that fails is kept with its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleReadingTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleReview review;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcClient jdbc;

    /** An article as a stop leaves it: saved and queued, never read. */
    private long unreadArticle(String text) {
        long source = CurrentUser.asSystem(
                "tests",
                () -> sources.create(
                                new SourceCommand(
                                        "news_article",
                                        "Reading test " + System.nanoTime(),
                                        "Test Daily",
                                        null,
                                        "2019-02-13",
                                        "en",
                                        "media",
                                        "C",
                                        text,
                                        false,
                                        null,
                                        null),
                                "tests")
                        .id());
        return jdbc.sql("""
                        insert into article (source_id, published_on, publisher, read_by, state, queued_at)
                        values (:source, date '2019-02-13', 'Test Daily', 'tests', 'reading', now()) returning id""").param("source", source).query(Long.class).single();
    }

    private Article await(long id) {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        Article article = CurrentUser.asSystem("tests", () -> articles.get(id));
        while (article.reading() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            article = CurrentUser.asSystem("tests", () -> articles.get(id));
        }
        return article;
    }

    @Test
    void anArticleLeftReadingIsShownAsReadingThenReadWhenTheServerStartsAgain() {
        long id = unreadArticle("Relatives say the teacher Adam Turner was detained late Sunday in Kashgar.");
        var contributor = TestAccounts.create(accounts, Role.contributor);
        WebSession web = new WebSession(port);
        web.signIn(contributor.username(), contributor.password(), null);

        WebSession.Page reading = web.get("/app/ingest/" + id);
        assertThat(reading.status()).isEqualTo(200);
        assertThat(reading.body())
                .contains("Reading: Reading test")
                .contains("role=\"status\"")
                .contains("hx-get=\"/app/ingest/" + id + "/state\"")
                .contains("http-equiv=\"refresh\"")
                .doesNotContain("claim-proposal");
        WebSession.Page polled = web.get("/app/ingest/" + id + "/state");
        assertThat(polled.body()).contains("hx-trigger");
        assertThat(polled.headers().firstValue("HX-Refresh")).isEmpty();

        articles.resumeReading();
        Article read = await(id);
        assertThat(read.state()).isEqualTo("read");
        assertThat(read.readAt()).isNotNull();
        assertThat(read.proposals().claims()).anySatisfy(c -> {
            assertThat(c.subject()).isEqualTo("Adam Turner");
            assertThat(c.type()).isEqualTo("detained");
        });
        WebSession.Page done = web.get("/app/ingest/" + id + "/state");
        assertThat(done.headers().firstValue("HX-Refresh")).contains("true");
        assertThat(web.get("/app/ingest/" + id).body())
                .contains("claim-proposal")
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Autowired
    FacilityEdits facilityEdits;

    @Test
    void anAcceptedSentenceKeepsItsTermAndChargeAndMissingIsAcceptedAsDisappeared() {
        long id = unreadArticle("""
                Relatives say the doctor Nur Kamal was sentenced to 20 years in jail on terrorism-related charges.

                Her brother Alim Kamal has been missing since 2018, his wife told reporters.

                Their cousin Erkin Kamal was detained in 2019, his mother said.""");
        CurrentUser.asSystem("tests", () -> articles.readNow(id));
        Article article = CurrentUser.asSystem("tests", () -> articles.get(id));
        List<Extraction.ClaimProposal> proposals = article.proposals().claims();
        int sentenced = indexOf(proposals, "sentenced");
        int missing = indexOf(proposals, "missing");
        ArticleReview.Acceptance asProposed =
                new ArticleReview.Acceptance("", "Nur Kamal", "", "", "", "", "", "", "", "");
        Claim claim = CurrentUser.asSystem("tests", () -> review.accept(id, sentenced, asProposed));
        assertThat(claim.type()).isEqualTo("sentenced");
        assertThat(claim.sentenceTerm()).isEqualTo("20 years");
        assertThat(claim.charge()).isEqualTo("terrorism-related charges");
        assertThat(claim.notes()).contains("Proposed by the extractor from article " + id);

        Claim disappeared = CurrentUser.asSystem(
                "tests",
                () -> review.accept(
                        id, missing, new ArticleReview.Acceptance("", "Alim Kamal", "", "", "", "", "", "", "", "")));
        assertThat(disappeared.type()).isEqualTo("disappeared");
        assertThat(disappeared.facilityId()).isNull();

        // A facility the editor writes as the article does, in any script, links the claim when exactly one facility
        // has that name: here one made for this test, named in Latin, written in Uyghur.
        String word = "Qaraqum" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "");
        Facility made = CurrentUser.asSystem(
                "tests",
                () -> facilityEdits.create(
                        new FacilityCommand(
                                List.of(new FacilityName(word + " Camp", "en")),
                                "reeducation_camp",
                                null,
                                40.0,
                                80.0,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                true,
                                null,
                                null),
                        "tests"));
        Claim held = CurrentUser.asSystem(
                "tests",
                () -> review.accept(
                        id,
                        indexOf(proposals, "detained"),
                        new ArticleReview.Acceptance(
                                "", "Erkin Kamal", "held_at", "", "", "", "", "", "", word + " camp")));
        assertThat(held.facilityId()).isEqualTo(made.id());
    }

    private static int indexOf(List<Extraction.ClaimProposal> proposals, String type) {
        for (int i = 0; i < proposals.size(); i++) {
            if (proposals.get(i).type().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " proposal in " + proposals);
    }

    @Test
    void aReadingThatFailsIsKeptWithItsReasonAndCanBeReadAgain() {
        long id = unreadArticle(" ");
        CurrentUser.asSystem("tests", () -> articles.readNow(id));
        Article failed = CurrentUser.asSystem("tests", () -> articles.get(id));
        assertThat(failed.state()).isEqualTo("failed");
        assertThat(failed.failure()).contains("text");

        var contributor = TestAccounts.create(accounts, Role.contributor);
        WebSession web = new WebSession(port);
        web.signIn(contributor.username(), contributor.password(), null);
        assertThat(web.get("/app/ingest/" + id).body())
                .contains("Reading this article failed")
                .contains("/reread");

        // The documenter mends the source's text (a new revision), then reads the article again.
        CurrentUser.asSystem(
                "tests",
                () -> sources.update(
                        failed.sourceId(),
                        new SourceCommand(
                                "news_article",
                                "Reading test mended",
                                "Test Daily",
                                null,
                                "2019-02-13",
                                "en",
                                "media",
                                "C",
                                "The singer Nur Kamal disappeared in 2017.",
                                false,
                                sources.get(failed.sourceId()).version(),
                                "the text was missing"),
                        "tests"));
        CurrentUser.asSystem("tests", () -> articles.reread(id));
        assertThat(await(id).state()).isEqualTo("read");
    }
}
