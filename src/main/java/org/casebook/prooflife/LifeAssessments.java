package org.casebook.prooflife;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.evidence.EvidenceStore;
import org.casebook.ledger.LedgerEntrySource;
import org.casebook.ledger.SqlEntrySource;
import org.casebook.person.PersonService;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessing a state's answer step by step, each finding with who made it, when and the evidence it rests on; the
 * conclusion becomes a claim from the answer's source, with the assessment's credibility, and enters the status
 * rules (where a state's "alive" alone stays contested against a credible death report: R3, R9).
 */
@Component
public class LifeAssessments {
    static final String ENTRY_TYPE = "assessment";
    private static final Set<AssessmentStep> CHECKLIST = EnumSet.of(
            AssessmentStep.provenance,
            AssessmentStep.source_analysis,
            AssessmentStep.technical_analysis,
            AssessmentStep.content_analysis);

    /** One finding; {@code claimId} only on the conclusion. */
    public record Finding(
            long id,
            AssessmentStep step,
            String finding,
            String evidenceSha256,
            Long claimId,
            String recordedBy,
            Instant recordedAt) {}

    /** The conclusion: what the answer shows, how credible it is, and what was noted (coercion, alteration). */
    public record Conclusion(String type, Integer credibility, String assessment, String note) {}

    private final JdbcClient jdbc;
    private final LifeRequestService requests;
    private final EvidenceStore evidence;
    private final SourceService sources;
    private final PersonService persons;
    private final ClaimEdits claims;
    private final Clock clock;

    LifeAssessments(
            JdbcClient jdbc,
            LifeRequestService requests,
            EvidenceStore evidence,
            SourceService sources,
            PersonService persons,
            ClaimEdits claims,
            Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.evidence = evidence;
        this.sources = sources;
        this.persons = persons;
        this.claims = claims;
        this.clock = clock;
    }

    /** The findings of a request's assessment, oldest first; a step done again keeps its earlier finding. */
    public List<Finding> of(long requestId) {
        return jdbc.sql("select * from life_assessment where request_id = :id order by id")
                .param("id", requestId)
                .query((rs, n) -> new Finding(
                        rs.getLong("id"),
                        AssessmentStep.valueOf(rs.getString("step")),
                        rs.getString("finding"),
                        rs.getString("evidence_sha256"),
                        (Long) rs.getObject("claim_id"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    @Transactional
    public Finding record(long requestId, String step, String finding, String evidenceSha256, String actor) {
        Permissions.require(Role.contributor);
        LifeRequest request = requests.get(requestId);
        InputChecks.Collector problems = new InputChecks.Collector();
        if (!request.state().answered()) {
            problems.problem(
                    "step",
                    "record the state's answer first: only an answer is assessed",
                    "app.life.error.notAnswered");
        }
        AssessmentStep which = InputChecks.vocabulary(AssessmentStep.class, step, "step", problems);
        if (which == AssessmentStep.conclusion) {
            problems.problem(
                    "step",
                    "the conclusion is drawn with its claim, not recorded as a step",
                    "app.life.error.conclusionStep");
        }
        String text = InputChecks.optional(finding);
        if (text == null || text.length() > 20000 || text.indexOf(0) >= 0) {
            problems.problem("finding", "write what this step found, 1 to 20,000 characters", "app.life.error.finding");
        }
        String sha = InputChecks.optional(evidenceSha256);
        if (sha != null && (!sha.matches("[0-9a-f]{64}") || evidence.find(sha).isEmpty())) {
            problems.problem(
                    "evidenceSha256",
                    "no evidence file with that SHA-256 is in the store",
                    "app.life.error.noEvidence");
        }
        problems.throwIfAny();
        return insert(requestId, which, text, sha, null, actor);
    }

    /** Draws the conclusion: the claim, the request marked assessed, and the conclusion's finding. */
    @Transactional
    public Claim conclude(long requestId, Conclusion conclusion, String actor) {
        Permissions.require(Role.editor);
        LifeRequest request = requests.get(requestId);
        Set<AssessmentStep> done = EnumSet.noneOf(AssessmentStep.class);
        of(requestId).forEach(f -> done.add(f.step()));
        InputChecks.Collector problems = new InputChecks.Collector();
        if (!done.containsAll(CHECKLIST)) {
            problems.problem(
                    "step",
                    "every step of the checklist needs its finding before the conclusion",
                    "app.life.error.stepsMissing");
        }
        if (request.answerSourceId() == null) {
            problems.problem(
                    "answerSourceId",
                    "record the answer as a source first: the claim comes from it",
                    "app.life.error.answerSource");
        }
        Assessment assessment =
                InputChecks.vocabulary(Assessment.class, conclusion.assessment(), "assessment", problems);
        String note = InputChecks.optional(conclusion.note());
        if (note == null || note.length() > 5000) {
            problems.problem(
                    "note", "say what the assessment found, coercion and alteration included", "app.life.error.note");
        }
        problems.throwIfAny();
        Source answer = sources.get(request.answerSourceId());
        Claim claim = claims.create(
                new ClaimCommand(
                        persons.get(request.personId()).publicId(),
                        null,
                        conclusion.type() == null ? "alive" : conclusion.type(),
                        null,
                        null,
                        null,
                        note,
                        "day",
                        request.answeredOn().toString(),
                        null,
                        answer.id(),
                        request.addresseeName(),
                        answer.party().name(),
                        "asserts",
                        null,
                        conclusion.credibility(),
                        assessment == Assessment.not_credible ? "disputed" : "unverified",
                        "The conclusion of the assessment of proof-of-life request " + requestId + ".",
                        false,
                        null,
                        null),
                actor);
        requests.assess(requestId, assessment, note, actor);
        insert(requestId, AssessmentStep.conclusion, note, null, claim.id(), actor);
        return claim;
    }

    private Finding insert(
            long requestId, AssessmentStep step, String finding, String sha, Long claimId, String actor) {
        if (finding == null) {
            throw new InvalidInput("finding", "write what this step found", "app.error.finding");
        }
        long id = jdbc.sql("insert into life_assessment (request_id, step, finding, evidence_sha256, claim_id,"
                        + " recorded_by, recorded_at) values (:request, :step, :finding, :sha, :claim, :by, :at)"
                        + " returning id")
                .param("request", requestId)
                .param("step", step.name())
                .param("finding", finding)
                .param("sha", sha)
                .param("claim", claimId)
                .param("by", actor)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return of(requestId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Bean
    static LedgerEntrySource assessmentEntrySource(JdbcClient jdbc) {
        return new SqlEntrySource(jdbc, ENTRY_TYPE, "select * from life_assessment where id = any(:ids)", (rs, f) -> {
            f.put("assessmentId", rs.getLong("id"));
            f.put("requestId", rs.getLong("request_id"));
            f.put("step", rs.getString("step"));
            f.put("finding", rs.getString("finding"));
            f.put("evidenceSha256", rs.getString("evidence_sha256"));
            f.put("claimId", rs.getObject("claim_id"));
            f.put("recordedBy", rs.getString("recorded_by"));
            f.put("recordedAt", rs.getTimestamp("recorded_at").toInstant().toString());
        });
    }
}
