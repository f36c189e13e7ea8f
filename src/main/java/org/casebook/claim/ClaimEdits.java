package org.casebook.claim;

import java.util.List;
import java.util.Objects;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.editing.RecordEdits;
import org.casebook.facility.FacilityService;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.person.PersonService;
import org.casebook.records.InvalidInput;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a claim: creation (one, or a data set's batch), edits, retraction and publication, each a revision
 * in the same transaction, after which the status of the person it is about is derived again.
 */
@Service
public class ClaimEdits {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final ClaimService claims;
    private final PersonService persons;
    private final SourceService sources;
    private final ClaimChecks claimChecks;
    private final DerivedStatuses statuses;
    private final FacilityStatuses facilityStatuses;
    private final FacilityService facilities;
    private final RecordEdits edits;
    private final RecordEdits.Kind<Claim> kind;
    private final ClaimBatch batch;

    ClaimEdits(
            JdbcClient jdbc,
            RevisionLog revisions,
            ClaimService claims,
            PersonService persons,
            SourceService sources,
            ClaimChecks claimChecks,
            DerivedStatuses statuses,
            FacilityStatuses facilityStatuses,
            FacilityService facilities,
            RecordEdits edits,
            ClaimBatch batch) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.claims = claims;
        this.persons = persons;
        this.sources = sources;
        this.claimChecks = claimChecks;
        this.statuses = statuses;
        this.facilityStatuses = facilityStatuses;
        this.facilities = facilities;
        this.edits = edits;
        this.batch = batch;
        this.kind = new RecordEdits.Kind<>(
                RecordType.claim,
                "claim",
                this::lock,
                claims::get,
                c -> "claim/" + c.id(),
                (before, after) -> {
                    statuses.rederive(before.personId());
                    if (!Objects.equals(before.personId(), after.personId())) {
                        statuses.rederive(after.personId());
                    }
                    facilityStatuses.rederive(before.facilityId());
                    if (!Objects.equals(before.facilityId(), after.facilityId())) {
                        facilityStatuses.rederive(after.facilityId());
                    }
                },
                c -> {
                    statuses.rederive(c.personId());
                    facilityStatuses.rederive(c.facilityId());
                });
    }

    @Transactional
    public Claim create(ClaimCommand command, String actor) {
        Permissions.require(Role.contributor);
        MapSqlParameterSource params = claimChecks
                .check(command)
                .addValue("publication", Permissions.initialPublication().name());
        long id = jdbc.sql("""
                        insert into claim (person_id, subject_place_id, type, place_id, facility_id, sentence_term, charge, details,
                                           date_precision, date_from, date_to, source_id, asserter, asserter_party, stance,
                                           quote, credibility, verification, notes, synthetic, publication, version)
                        values (:personId, :subjectPlaceId, :type, :placeId, :facilityId, :sentenceTerm, :charge, :details,
                                :precision, :dateFrom, :dateTo, :sourceId, :asserter, :asserterParty, :stance,
                                :quote, :credibility, :verification, :notes, :synthetic, :publication, 1) returning id""").paramSource(params).query(Long.class).single();
        Claim claim = claims.get(id);
        revisions.append(RecordType.claim, id, 1, Revision.Action.create, actor, null, claim.revisionContent());
        statuses.rederive(claim.personId());
        facilityStatuses.rederive(claim.facilityId());
        return claim;
    }

    /**
     * Many claims at once (loading data sets): the same checks and revision content as {@link #create}, with the
     * persons and sources of the batch looked up together, rows written with COPY, and the statuses of the persons
     * concerned derived once each at the end, without a search event per person (the caller rebuilds the index).
     * All or nothing: one invalid claim refuses the whole batch, naming it.
     */
    @Transactional
    public List<Claim> createMany(List<ClaimCommand> commands, String actor) {
        return batch.createMany(commands, null, actor);
    }

    /**
     * As {@link #createMany(List, String)}, with the first claims of persons written just before in this transaction
     * under the ids {@link #forNewPersons} took for them: a person whose one claim in the batch is that claim keeps the
     * status written with it; any other is derived again.
     *
     * @param takenIds one per command: the id taken for it, or null
     */
    @Transactional
    public List<Claim> createMany(List<ClaimCommand> commands, List<Long> takenIds, String actor) {
        return batch.createMany(commands, takenIds, actor);
    }

    /**
     * The first claims of persons not written yet (an imported list's new persons), checked as {@link #createMany} will
     * check them but for the person: an id is taken for each, and each person's status with that claim as its only
     * one is derived, so that the person is written once with its status instead of written and then updated.
     *
     * @param drafts one per person, the person left out; null for a person without a claim
     */
    @Transactional
    public NewPersonClaims forNewPersons(List<ClaimCommand> drafts) {
        return batch.forNewPersons(drafts);
    }

    @Transactional
    public Claim update(long id, ClaimCommand command, String actor) {
        return edits.update(
                kind,
                id,
                command.version(),
                command.reason(),
                actor,
                current -> jdbc.sql("""
                        update claim set person_id = :personId, subject_place_id = :subjectPlaceId, type = :type,
                        place_id = :placeId, facility_id = :facilityId, sentence_term = :sentenceTerm, charge = :charge, details = :details,
                        date_precision = :precision, date_from = :dateFrom, date_to = :dateTo, source_id = :sourceId,
                        asserter = :asserter, asserter_party = :asserterParty, stance = :stance, quote = :quote,
                        credibility = :credibility, verification = :verification, notes = :notes, synthetic = :synthetic,
                        version = version + 1 where id = :id""")
                        .paramSource(claimChecks.check(command).addValue("id", id))
                        .update());
    }

    @Transactional
    public Claim retract(long id, Retraction retraction, String actor) {
        return edits.retract(
                kind,
                id,
                retraction,
                actor,
                reason -> jdbc.sql(
                                "update claim set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                        .param("reason", reason)
                        .param("id", id)
                        .update());
    }

    /**
     * Publishing a claim needs its person and its source published first, and a testimony only with the
     * testifier's consent to publish: the public site must never show a claim whose origin it cannot show.
     */
    @Transactional
    public Claim setPublication(long id, Publication state, Integer version, String actor) {
        return edits.setPublication(
                kind,
                id,
                state,
                version,
                actor,
                current -> {
                    if (state == Publication.published) {
                        Source source = sources.get(current.sourceId());
                        if (source.publication() != Publication.published || source.retracted()) {
                            throw new InvalidInput(
                                    "publication", "publish the claim's source first", "app.error.publishSourceFirst");
                        }
                        if (current.personId() != null
                                && persons.get(current.personId()).publication() != Publication.published) {
                            throw new InvalidInput(
                                    "publication", "publish the person first", "app.error.publishPersonFirst");
                        }
                        if (current.personId() == null
                                && current.facilityId() != null
                                && facilities.get(current.facilityId()).publication() != Publication.published) {
                            throw new InvalidInput(
                                    "publication", "publish the facility first", "app.facility.error.publishFirst");
                        }
                    }
                },
                publication -> jdbc.sql("update claim set publication = :state, version = version + 1 where id = :id")
                        .param("state", publication.name())
                        .param("id", id)
                        .update());
    }

    private Claim lock(long id) {
        return jdbc.sql("select * from claim where id = :id for update")
                .param("id", id)
                .query(ClaimRows::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("claim", id));
    }
}
