package org.casebook.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.ClaimService;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.intake.PersonIntake;
import org.casebook.person.NameCommand;
import org.casebook.person.PersonCommand;
import org.casebook.records.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decision on one proposal of an article: accepted, it becomes a claim (and the person, when new, through
 * PersonIntake), noting that it came from extraction and who accepted it; rejected, it is kept as rejected.
 */
@Service
class ArticleReview {
    private final JdbcClient jdbc;
    private final ArticleService articles;
    private final PersonIntake intake;
    private final ClaimService claims;
    private final ClaimEdits claimEdits;
    private final Clock clock;
    private final FacilityService facilities;

    ArticleReview(
            JdbcClient jdbc,
            ArticleService articles,
            PersonIntake intake,
            ClaimService claims,
            ClaimEdits claimEdits,
            Clock clock,
            FacilityService facilities) {
        this.facilities = facilities;
        this.jdbc = jdbc;
        this.articles = articles;
        this.intake = intake;
        this.claims = claims;
        this.claimEdits = claimEdits;
        this.clock = clock;
    }

    /** What an editor accepts: the proposal as they corrected it. */
    public record Acceptance(
            String personId,
            String newPersonName,
            String type,
            String asserter,
            String asserterParty,
            String stance,
            String date,
            String term,
            String charge,
            String facility) {}

    /** The claim type a proposal's type is accepted as: "missing" is Casebook's "disappeared" (whereabouts unknown). */
    static String claimType(String proposed) {
        return "missing".equals(proposed) ? "disappeared" : proposed;
    }

    @Transactional
    public Claim accept(long id, int index, Acceptance a) {
        Permissions.require(Role.contributor);
        Article article = articles.get(id);
        Extraction.ClaimProposal proposal = proposal(article, index);
        Article.Decision earlier = article.decisionFor(proposal);
        if (earlier != null && earlier.decision().equals("accepted")) {
            throw new InvalidInput(
                    "proposal",
                    "already accepted as claim " + earlier.claimId(),
                    "app.error.proposalAccepted",
                    "id",
                    String.valueOf(earlier.claimId()));
        }
        String personId = a.personId() == null ? "" : a.personId().strip();
        if (personId.isEmpty()) {
            if (a.newPersonName() == null || a.newPersonName().isBlank()) {
                throw new InvalidInput(
                        "personId",
                        "choose the person the claim is about, or name a new one",
                        "app.error.choosePerson");
            }
            personId = intake.addConfirmed(
                            new PersonCommand(
                                    "unknown",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    false,
                                    List.of(new NameCommand(a.newPersonName().strip(), "primary", null, null, null)),
                                    null,
                                    null,
                                    null),
                            CurrentUser.name())
                    .publicId();
        }
        String date = a.date() == null || a.date().isBlank() ? null : a.date().strip();
        String precision =
                date == null ? "unknown" : date.length() == 4 ? "year" : date.length() == 7 ? "month" : "day";
        String facility = ArticleService.blankTo(a.facility(), proposal.facility());
        // The facility as written goes into the details. It links to a facility only when exactly one has that name in
        // some script (达坂城, Dabancheng and دابانچېڭ agree); otherwise choosing it stays the editor's work.
        String details = facility != null
                ? "Held at (as the article writes it): " + facility
                : proposal.inCustody() ? "In custody, as the article says." : null;
        List<Facility> named = facility == null ? List.of() : facilities.named(facility);
        String facilityId = named.size() == 1 ? named.getFirst().publicId() : null;
        Claim claim = claimEdits.create(
                new ClaimCommand(
                        personId,
                        null,
                        ArticleService.blankTo(a.type(), claimType(proposal.type())),
                        null,
                        facilityId,
                        ArticleService.blankTo(a.term(), proposal.term()),
                        ArticleService.blankTo(a.charge(), proposal.charge()),
                        details,
                        precision,
                        date,
                        null,
                        article.sourceId(),
                        ArticleService.blankTo(a.asserter(), proposal.asserter()),
                        ArticleService.blankTo(a.asserterParty(), PartyGuess.of(proposal.asserter())),
                        ArticleService.blankTo(a.stance(), proposal.stance()),
                        proposal.sentence(),
                        6,
                        "unverified",
                        "Proposed by the extractor from article " + id + "; accepted by " + CurrentUser.name() + ".",
                        false,
                        null,
                        null),
                CurrentUser.name());
        decide(id, proposal, "accepted", claim.id());
        return claim;
    }

    public void reject(long id, int index) {
        Permissions.require(Role.contributor);
        Article article = articles.get(id);
        Extraction.ClaimProposal proposal = proposal(article, index);
        Article.Decision earlier = article.decisionFor(proposal);
        if (earlier != null && earlier.decision().equals("accepted")) {
            throw new InvalidInput(
                    "proposal",
                    "already accepted as claim " + earlier.claimId() + "; retract the claim instead",
                    "app.error.proposalAcceptedRetract",
                    "id",
                    String.valueOf(earlier.claimId()));
        }
        decide(id, proposal, "rejected", null);
    }

    private void decide(long id, Extraction.ClaimProposal proposal, String decision, Long claimId) {
        jdbc.sql("""
                        insert into article_decision (article_id, proposal, decision, claim_id, decided_by, decided_at)
                        values (:id, :proposal, :decision, :claim, :by, :at)""")
                .param("id", id)
                .param("proposal", Article.key(proposal))
                .param("decision", decision)
                .param("claim", claimId)
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private static Extraction.ClaimProposal proposal(Article article, int index) {
        if (index < 0 || index >= article.proposals().claims().size()) {
            throw new InvalidInput(
                    "proposal",
                    "no proposal " + index + " in article " + article.id(),
                    "app.error.noProposal",
                    "index",
                    index,
                    "article",
                    article.id());
        }
        return article.proposals().claims().get(index);
    }
}
