package org.casebook.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.editing.RecordEdits;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.names.NameScripts;
import org.casebook.place.PlaceService;
import org.casebook.records.Dates;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.Publication;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.casebook.status.FacilityStatus;
import org.casebook.status.FacilityStatusRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a facility: creation, edits, retraction and publication, each a revision in the same transaction;
 * and the two statuses the claim capability derives for it, which are not revisions (they are derived again).
 */
@Service
public class FacilityEdits {
    private static final String COLUMNS = """
            names = :names::jsonb, name_keys = :nameKeys, kind = :kind, place_id = :placeId, latitude = :latitude,
            longitude = :longitude, point_precision_m = :pointPrecision, outline = :outline,
            outline_precision_m = :outlinePrecision, min_latitude = :minLatitude, min_longitude = :minLongitude,
            max_latitude = :maxLatitude, max_longitude = :maxLongitude, tier = :tier, tier_source_id = :tierSourceId,
            tier_assessed_on = :tierAssessedOn, tier_note = :tierNote, notes = :notes, synthetic = :synthetic""";

    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final FacilityService facilities;
    private final PlaceService places;
    private final SourceService sources;
    private final RecordEdits edits;
    private final ApplicationEventPublisher events;
    private final RecordEdits.Kind<Facility> kind;

    FacilityEdits(
            JdbcClient jdbc,
            RevisionLog revisions,
            InputChecks checks,
            FacilityService facilities,
            PlaceService places,
            SourceService sources,
            RecordEdits edits,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.facilities = facilities;
        this.places = places;
        this.sources = sources;
        this.edits = edits;
        this.events = events;
        this.kind = new RecordEdits.Kind<>(
                RecordType.facility,
                "facility",
                this::lock,
                facilities::get,
                f -> "facility/" + f.publicId(),
                (before, after) -> changed(after.id()),
                f -> changed(f.id()));
    }

    @Transactional
    public Facility create(FacilityCommand command, String actor) {
        Permissions.require(Role.contributor);
        // A new facility has no claims yet: its statuses are what the rules give over none.
        FacilityStatusRules.Finding none = FacilityStatusRules.derive(List.of(), claim -> "");
        MapSqlParameterSource params = check(command)
                .addValue("publication", Permissions.initialPublication().name())
                .addValue("status", none.status().name())
                .addValue("explanation", none.explanation());
        long id = jdbc.sql("""
                        insert into facility (public_id, names, name_keys, kind, place_id, latitude, longitude,
                            point_precision_m, outline, outline_precision_m, min_latitude, min_longitude, max_latitude,
                            max_longitude, tier, tier_source_id, tier_assessed_on, tier_note, notes, synthetic,
                            derived_status, status_explanation, published_status, publication, version)
                        values ((select 'CBF-' || lpad(n::text, greatest(4, length(n::text)), '0')
                                 from nextval('facility_public_number') n), :names::jsonb, :nameKeys, :kind, :placeId,
                                :latitude, :longitude, :pointPrecision, :outline, :outlinePrecision, :minLatitude,
                                :minLongitude, :maxLatitude, :maxLongitude, :tier, :tierSourceId, :tierAssessedOn,
                                :tierNote, :notes, :synthetic, :status, :explanation, :status, :publication, 1)
                        returning id""").paramSource(params).query(Long.class).single();
        Facility facility = facilities.get(id);
        revisions.append(RecordType.facility, id, 1, Revision.Action.create, actor, null, facility.revisionContent());
        changed(id);
        return facility;
    }

    @Transactional
    public Facility update(long id, FacilityCommand command, String actor) {
        return edits.update(
                kind,
                id,
                command.version(),
                command.reason(),
                actor,
                current -> jdbc.sql("update facility set " + COLUMNS + ", version = version + 1 where id = :id")
                        .paramSource(check(command).addValue("id", id))
                        .update());
    }

    @Transactional
    public Facility retract(long id, Retraction retraction, String actor) {
        return edits.retract(
                kind,
                id,
                retraction,
                actor,
                reason -> jdbc.sql(
                                "update facility set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                        .param("reason", reason)
                        .param("id", id)
                        .update());
    }

    /** Publishing a facility with a tier needs the tier's source published first: the public site names it. */
    @Transactional
    public Facility setPublication(long id, Publication state, Integer version, String actor) {
        return edits.setPublication(
                kind,
                id,
                state,
                version,
                actor,
                current -> {
                    if (state == Publication.published && current.tierSourceId() != null) {
                        Source source = sources.get(current.tierSourceId());
                        if (source.publication() != Publication.published || source.retracted()) {
                            throw new InvalidInput(
                                    "publication",
                                    "publish the source of the tier first",
                                    "app.facility.error.tierSourceFirst");
                        }
                    }
                },
                publication -> jdbc.sql(
                                "update facility set publication = :state, version = version + 1 where id = :id")
                        .param("state", publication.name())
                        .param("id", id)
                        .update());
    }

    /**
     * Stores what the status rules give over the facility's claims, and over its published claims alone (which the
     * public site shows). Only the claim capability calls this, after a claim about the facility changed.
     */
    public void recordStatus(long id, FacilityStatusRules.Finding all, FacilityStatus published) {
        jdbc.sql("""
                        update facility set derived_status = :status, status_explanation = :explanation,
                        status_claim_ids = :ids, published_status = :published where id = :id""")
                .param("status", all.status().name())
                .param("explanation", all.explanation())
                .param("ids", all.claimIds().toArray(Long[]::new))
                .param("published", published.name())
                .param("id", id)
                .update();
        changed(id);
    }

    /** Checks a command as {@link #create} would, saving nothing: the dry run of an import. */
    void validate(FacilityCommand command) {
        check(command);
    }

    private void changed(long id) {
        events.publishEvent(new FacilityChanged(id));
    }

    static void checkTier(Integer tier, InputChecks.Collector problems) {
        if (tier != null && (tier < 1 || tier > 4)) {
            problems.problem("tier", "must be 1 to 4", "app.facility.error.tier");
        }
    }

    private MapSqlParameterSource check(FacilityCommand c) {
        InputChecks.Collector problems = checks.collect(c);
        FacilityKind facilityKind = InputChecks.vocabulary(FacilityKind.class, c.kind(), "kind", problems);
        List<FacilityName> names = new ArrayList<>();
        if (c.names() != null) {
            for (FacilityName n : c.names()) {
                if (n != null && n.name() != null && !n.name().isBlank()) {
                    String lang = n.lang() == null || n.lang().isBlank() ? langOf(n.name()) : n.lang();
                    names.add(new FacilityName(n.name().strip(), lang));
                }
            }
        }
        if (names.isEmpty() && !problems.has("names")) {
            problems.problem("names", "give at least one name", "app.facility.error.noName");
        }
        places.requireUsable(c.placeId(), "placeId", problems);
        int pointPrecision = precision(c.pointPrecisionM(), 100, "pointPrecisionM", problems);
        Integer outlinePrecision = c.outline() == null || c.outline().isBlank()
                ? null
                : precision(c.outlinePrecisionM(), pointPrecision, "outlinePrecisionM", problems);
        FacilityGeometry.Placed placed = FacilityGeometry.check(c.latitude(), c.longitude(), c.outline(), problems);
        checkTier(c.tier(), problems);
        if ((c.tier() == null) != (c.tierSourceId() == null)) {
            problems.problem(
                    "tierSourceId", "a tier comes with the source that assesses it", "app.facility.error.tierSource");
        } else if (c.tierSourceId() != null
                && sources.find(c.tierSourceId()).filter(s -> !s.retracted()).isEmpty()) {
            problems.problem(
                    "tierSourceId",
                    "no such source: " + c.tierSourceId(),
                    "app.error.noSource",
                    "id",
                    String.valueOf(c.tierSourceId()));
        }
        LocalDate assessedOn = c.tierAssessedOn() == null || c.tierAssessedOn().isBlank()
                ? null
                : Dates.parse(c.tierAssessedOn(), "tierAssessedOn", problems);
        problems.throwIfAny();
        return new MapSqlParameterSource()
                .addValue("names", FacilityRows.namesJson(names))
                .addValue("nameKeys", FacilityService.keys(names).toArray(String[]::new))
                .addValue("kind", facilityKind.name())
                .addValue("placeId", c.placeId())
                .addValue("latitude", c.latitude())
                .addValue("longitude", c.longitude())
                .addValue("pointPrecision", pointPrecision)
                .addValue("outline", placed.outline())
                .addValue("outlinePrecision", outlinePrecision)
                .addValue("minLatitude", placed.minLatitude())
                .addValue("minLongitude", placed.minLongitude())
                .addValue("maxLatitude", placed.maxLatitude())
                .addValue("maxLongitude", placed.maxLongitude())
                .addValue("tier", c.tier())
                .addValue("tierSourceId", c.tierSourceId())
                .addValue("tierAssessedOn", assessedOn)
                .addValue("tierNote", InputChecks.optional(c.tierNote()))
                .addValue("notes", InputChecks.optional(c.notes()))
                .addValue("synthetic", Boolean.TRUE.equals(c.synthetic()));
    }

    private static int precision(Integer value, int otherwise, String field, InputChecks.Collector problems) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1 || value > 100_000) {
            problems.problem(field, "must be 1 to 100,000 metres", "app.facility.error.precision");
            return otherwise;
        }
        return value;
    }

    /** The language a name is most likely in, from its script, when the documenter did not say. */
    static String langOf(String name) {
        return switch (NameScripts.detect(name)) {
            case "Hani" -> "zh";
            case "Arab" -> "ug";
            case "Cyrl" -> "kk";
            default -> "en";
        };
    }

    private Facility lock(long id) {
        return jdbc.sql("select * from facility where id = :id for update")
                .param("id", id)
                .query(FacilityRows::map)
                .optional()
                .orElseThrow(() -> new RecordNotFound("facility", id));
    }
}
