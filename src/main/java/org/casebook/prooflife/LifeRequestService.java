package org.casebook.prooflife;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.editing.RecordEdits;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.ledger.VersionedRecords;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.records.Dates;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.casebook.source.Party;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof-of-life requests: one door to create, change, publish and retract them, each change a revision. A relative's
 * request is published only with their consent, and never names them.
 */
@Service
public class LifeRequestService implements VersionedRecords {
    private static final String COLUMNS = """
            asker_kind = :askerKind, asker_name = :askerName, addressee_kind = :addresseeKind,
            addressee_name = :addresseeName, asked_on = :askedOn, channel = :channel, campaign_url = :campaignUrl,
            state = :state, answered_on = :answeredOn, answer_kind = :answerKind, answer_source_id = :answerSourceId,
            assessment = :assessment, assessment_note = :assessmentNote, consent = :consent""";

    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final PersonService persons;
    private final SourceService sources;
    private final RecordEdits edits;
    private final RecordEdits.Kind<LifeRequest> kind;
    private final PersonsAskedAbout askedAbout;

    LifeRequestService(
            JdbcClient jdbc,
            RevisionLog revisions,
            InputChecks checks,
            PersonService persons,
            SourceService sources,
            RecordEdits edits) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.persons = persons;
        this.sources = sources;
        this.edits = edits;
        this.askedAbout = new PersonsAskedAbout(jdbc);
        this.kind = new RecordEdits.Kind<>(
                RecordType.life_request,
                "proof-of-life request",
                this::lock,
                this::get,
                r -> "life_request/" + r.id(),
                (before, after) -> {},
                r -> {});
    }

    @Transactional
    public LifeRequest create(LifeRequestCommand command, String actor) {
        Permissions.require(Role.contributor);
        MapSqlParameterSource params = check(command, true);
        askedAbout.changed();
        long id = jdbc.sql("""
                        insert into life_request (person_id, asker_kind, asker_name, addressee_kind, addressee_name,
                            asked_on, channel, campaign_url, state, answered_on, answer_kind, answer_source_id,
                            assessment, assessment_note, consent, publication, version)
                        values (:personId, :askerKind, :askerName, :addresseeKind, :addresseeName, :askedOn, :channel,
                            :campaignUrl, :state, :answeredOn, :answerKind, :answerSourceId, :assessment,
                            :assessmentNote, :consent, :publication, 1) returning id""")
                .paramSource(params.addValue(
                        "publication", Permissions.initialPublication().name()))
                .query(Long.class)
                .single();
        LifeRequest request = get(id);
        revisions.append(
                RecordType.life_request, id, 1, Revision.Action.create, actor, null, request.revisionContent());
        return request;
    }

    @Transactional
    public LifeRequest update(long id, LifeRequestCommand command, String actor) {
        // Checked after the lock: who may change it, and against which version, come first.
        return edits.update(
                kind,
                id,
                command.version(),
                command.reason(),
                actor,
                current -> jdbc.sql("update life_request set " + COLUMNS + ", version = version + 1 where id = :id")
                        .paramSource(check(command, false).addValue("id", id))
                        .update());
    }

    /** The conclusion of an assessment, written by {@link LifeAssessments#conclude}. */
    @Transactional
    LifeRequest assess(long id, Assessment assessment, String note, String actor) {
        LifeRequest current = get(id);
        return edits.update(
                kind,
                id,
                current.version(),
                "assessment concluded",
                actor,
                locked -> jdbc.sql("update life_request set state = 'assessed', assessment = :assessment,"
                                + " assessment_note = :note, version = version + 1 where id = :id")
                        .param("assessment", assessment.name())
                        .param("note", note)
                        .param("id", id)
                        .update());
    }

    @Transactional
    public LifeRequest setPublication(long id, Publication state, Integer version, String actor) {
        return edits.setPublication(
                kind,
                id,
                state,
                version,
                actor,
                current -> {
                    if (state == Publication.published
                            && current.askerKind() == AskerKind.relative
                            && !current.consent()) {
                        throw new InvalidInput(
                                "publication",
                                "the relative has not consented to publication",
                                "app.life.error.noConsent");
                    }
                },
                publication -> jdbc.sql(
                                "update life_request set publication = :state, version = version + 1 where id = :id")
                        .param("state", publication.name())
                        .param("id", id)
                        .update());
    }

    @Transactional
    public LifeRequest retract(long id, Retraction retraction, String actor) {
        return edits.retract(
                kind,
                id,
                retraction,
                actor,
                reason -> jdbc.sql("update life_request set retracted = true, retraction_reason = :reason,"
                                + " version = version + 1 where id = :id")
                        .param("reason", reason)
                        .param("id", id)
                        .update());
    }

    public LifeRequest get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("proof-of-life request", id));
    }

    public Optional<LifeRequest> find(long id) {
        return jdbc.sql("select * from life_request where id = :id")
                .param("id", id)
                .query(LifeRequestService::map)
                .optional();
    }

    /** Every request, unanswered first and then the longest waiting first. */
    public List<LifeRequest> all() {
        return jdbc.sql("select * from life_request order by answered_on is not null, asked_on, id")
                .query(LifeRequestService::map)
                .list();
    }

    /** The requests a source answers: a state's statement, video, photo or letter recorded as the answer. */
    public List<LifeRequest> answeredBy(long sourceId) {
        return jdbc.sql("select * from life_request where answer_source_id = :source order by id")
                .param("source", sourceId)
                .query(LifeRequestService::map)
                .list();
    }

    public List<LifeRequest> forPerson(long personId) {
        return jdbc.sql("select * from life_request where person_id = :person order by asked_on, id")
                .param("person", personId)
                .query(LifeRequestService::map)
                .list();
    }

    /** Published, not retracted, and (for a relative's) consented to; whether the person is published is the caller's. */
    public List<LifeRequest> published() {
        return jdbc.sql("select * from life_request where " + PUBLISHED + " order by asked_on, id")
                .query(LifeRequestService::map)
                .list();
    }

    /** {@link #published()}, about one person. */
    public List<LifeRequest> published(long personId) {
        if (!askedAbout.mayInclude(personId)) {
            return List.of();
        }
        return jdbc.sql("select * from life_request where person_id = :person and " + PUBLISHED
                        + " order by asked_on, id")
                .param("person", personId)
                .query(LifeRequestService::map)
                .list();
    }

    private static final String PUBLISHED =
            "publication = 'published' and not retracted and (asker_kind <> 'relative' or consent)";

    @Override
    public RecordType recordType() {
        return RecordType.life_request;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return VersionedRecords.page(
                jdbc,
                "life_request",
                LifeRequestService::map,
                LifeRequest::id,
                LifeRequest::revisionContent,
                afterId,
                limit);
    }

    private MapSqlParameterSource check(LifeRequestCommand c, boolean creating) {
        InputChecks.Collector problems = checks.collect(c);
        Long personId = null;
        if (creating) {
            try {
                Person person = persons.getByPublicId(
                        c.personId() == null ? "" : c.personId().strip());
                personId = person.id();
            } catch (RecordNotFound e) {
                problems.problem(
                        "personId",
                        "no such person: " + c.personId(),
                        "app.life.error.noPerson",
                        "id",
                        String.valueOf(c.personId()));
            }
        }
        AskerKind asker = InputChecks.vocabulary(AskerKind.class, c.askerKind(), "askerKind", problems);
        String askerName = InputChecks.optional(c.askerName());
        if (asker == AskerKind.relative && askerName != null) {
            problems.problem(
                    "askerName",
                    "a relative is never named in the record; leave the name empty",
                    "app.life.error.relativeNamed");
        } else if (asker != null && asker != AskerKind.relative && askerName == null) {
            problems.problem("askerName", "name the organisation or government that asks", "app.life.error.askerName");
        }
        AddresseeKind addressee =
                InputChecks.vocabulary(AddresseeKind.class, c.addresseeKind(), "addresseeKind", problems);
        if (InputChecks.optional(c.addresseeName()) == null) {
            problems.problem("addresseeName", "name the embassy, ministry or body asked", "app.life.error.addressee");
        }
        LocalDate askedOn = Dates.parse(c.askedOn(), "askedOn", problems);
        if (askedOn == null && !problems.has("askedOn")) {
            problems.problem("askedOn", "give the date of the request", "app.life.error.askedOn");
        }
        RequestState state = c.state() == null || c.state().isBlank()
                ? RequestState.drafted
                : InputChecks.vocabulary(RequestState.class, c.state(), "state", problems);
        LocalDate answeredOn = Dates.parse(c.answeredOn(), "answeredOn", problems);
        if (state != null && state.answered() != (answeredOn != null) && !problems.has("answeredOn")) {
            if (state.answered()) {
                problems.problem(
                        "answeredOn",
                        "an answered request needs the date of its answer",
                        "app.life.error.answeredOnMissing");
            } else {
                problems.problem(
                        "answeredOn",
                        "a request not yet answered has no answer date",
                        "app.life.error.answeredOnEarly");
            }
        }
        if (askedOn != null && answeredOn != null && answeredOn.isBefore(askedOn)) {
            problems.problem("answeredOn", "the answer cannot come before the request", "app.life.error.answerBefore");
        }
        AnswerKind answerKind = blank(c.answerKind())
                ? null
                : InputChecks.vocabulary(AnswerKind.class, c.answerKind(), "answerKind", problems);
        if (c.answerSourceId() != null) {
            Optional<Source> source = sources.find(c.answerSourceId()).filter(s -> !s.retracted());
            if (source.isEmpty()) {
                problems.problem(
                        "answerSourceId",
                        "no such source: " + c.answerSourceId(),
                        "app.life.error.noSource",
                        "id",
                        String.valueOf(c.answerSourceId()));
            } else if (source.get().party() != Party.state && source.get().party() != Party.state_media) {
                problems.problem(
                        "answerSourceId",
                        "a state's answer is a source whose party is the state",
                        "app.life.error.answerParty");
            }
        }
        Assessment assessment = blank(c.assessment())
                ? null
                : InputChecks.vocabulary(Assessment.class, c.assessment(), "assessment", problems);
        if (state != null && (state == RequestState.assessed) != (assessment != null) && !problems.has("assessment")) {
            if (state == RequestState.assessed) {
                problems.problem(
                        "assessment", "an assessed answer needs its assessment", "app.life.error.assessmentMissing");
            } else {
                problems.problem(
                        "assessment", "only an assessed answer has an assessment", "app.life.error.assessmentEarly");
            }
        }
        String campaign = InputChecks.optional(c.campaignUrl());
        if (campaign != null && !InputChecks.webAddress(campaign)) {
            problems.problem(
                    "campaignUrl",
                    "give a web address starting with https:// or http://",
                    "app.life.error.campaignUrl");
        }
        problems.throwIfAny();
        return new MapSqlParameterSource()
                .addValue("personId", personId)
                .addValue("askerKind", asker.name())
                .addValue("askerName", askerName)
                .addValue("addresseeKind", addressee.name())
                .addValue("addresseeName", c.addresseeName().strip())
                .addValue("askedOn", askedOn)
                .addValue("channel", InputChecks.optional(c.channel()))
                .addValue("campaignUrl", campaign)
                .addValue("state", state.name())
                .addValue("answeredOn", answeredOn)
                .addValue("answerKind", answerKind == null ? null : answerKind.name())
                .addValue("answerSourceId", c.answerSourceId())
                .addValue("assessment", assessment == null ? null : assessment.name())
                .addValue("assessmentNote", InputChecks.optional(c.assessmentNote()))
                .addValue("consent", Boolean.TRUE.equals(c.consent()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private LifeRequest lock(long id) {
        return jdbc.sql("select * from life_request where id = :id for update")
                .param("id", id)
                .query(LifeRequestService::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("proof-of-life request", id));
    }

    private static LifeRequest map(ResultSet rs, int row) throws SQLException {
        return new LifeRequest(
                rs.getLong("id"),
                rs.getLong("person_id"),
                AskerKind.valueOf(rs.getString("asker_kind")),
                rs.getString("asker_name"),
                AddresseeKind.valueOf(rs.getString("addressee_kind")),
                rs.getString("addressee_name"),
                rs.getObject("asked_on", LocalDate.class),
                rs.getString("channel"),
                rs.getString("campaign_url"),
                RequestState.valueOf(rs.getString("state")),
                rs.getObject("answered_on", LocalDate.class),
                rs.getString("answer_kind") == null ? null : AnswerKind.valueOf(rs.getString("answer_kind")),
                (Long) rs.getObject("answer_source_id"),
                rs.getString("assessment") == null ? null : Assessment.valueOf(rs.getString("assessment")),
                rs.getString("assessment_note"),
                rs.getBoolean("consent"),
                Publication.of(rs.getString("publication")),
                rs.getInt("version"),
                rs.getBoolean("retracted"),
                rs.getString("retraction_reason"));
    }
}
