package org.casebook.claim;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.facility.FacilityEdits;
import org.casebook.records.Publication;
import org.casebook.source.Source;
import org.casebook.source.SourceRetracted;
import org.casebook.source.SourceService;
import org.casebook.status.FacilityStatus;
import org.casebook.status.FacilityStatusRules;
import org.casebook.status.StatusRules;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each facility's derived statuses equal to what rules F1–F6 (docs/status-rules.md) give over the claims about
 * it: over all of them for documenters, over the published ones from published sources for the public map. A
 * person's held_at claim names the facility but does not bear on its status.
 */
@Component
public class FacilityStatuses {
    private final JdbcClient jdbc;
    private final SourceService sources;
    private final FacilityEdits facilities;
    private final ClaimService claims;

    FacilityStatuses(JdbcClient jdbc, SourceService sources, FacilityEdits facilities, ClaimService claims) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.facilities = facilities;
        this.claims = claims;
    }

    /** Derives and stores the facility's statuses from the claims about it; nothing when {@code facilityId} is null. */
    public void rederive(Long facilityId) {
        if (facilityId == null) {
            return;
        }
        Derived now = now(facilityId);
        facilities.recordStatus(facilityId, now.all(), now.published());
    }

    /** What the rules give today over all the claims about a facility, and over the published ones. */
    record Derived(FacilityStatusRules.Finding all, FacilityStatus published) {}

    Derived now(long facilityId) {
        List<Claim> about = claims.aboutFacility(facilityId);
        Map<Long, Source> bySource =
                sources.byIds(about.stream().map(Claim::sourceId).distinct().toList());
        return new Derived(
                derive(about, bySource, false), derive(about, bySource, true).status());
    }

    static FacilityStatusRules.Finding derive(List<Claim> claims, Map<Long, Source> bySource, boolean publishedOnly) {
        Map<Long, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, c -> c));
        // The same statements as a person's claims give (R2 judged the same way); the facility rules use no more of
        // them.
        List<StatusRules.Statement> statements = ClaimStatuses.statements(
                claims.stream()
                        .filter(c -> !publishedOnly || shown(c, bySource.get(c.sourceId())))
                        .toList(),
                id -> !bySource.get(id).retracted());
        return FacilityStatusRules.derive(statements, s -> {
            Claim c = byId.get(s.id());
            return DerivedStatuses.describe(c, bySource.get(c.sourceId()));
        });
    }

    private static boolean shown(Claim claim, Source source) {
        return claim.publication() == Publication.published
                && !claim.retracted()
                && source.publication() == Publication.published
                && !source.retracted();
    }

    @EventListener
    void onSourceRetracted(SourceRetracted event) {
        jdbc.sql("select distinct facility_id from claim where source_id = :id and facility_id is not null")
                .param("id", event.sourceId())
                .query(Long.class)
                .list()
                .forEach(this::rederive);
    }
}
