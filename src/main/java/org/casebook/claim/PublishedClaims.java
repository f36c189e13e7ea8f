package org.casebook.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.person.PublishedPersons;
import org.casebook.records.Labels;
import org.casebook.records.Publication;
import org.casebook.source.PublishedSource;
import org.casebook.source.PublishedSources;
import org.casebook.status.DerivedStatus;
import org.casebook.status.Stance;
import org.casebook.status.StatusFinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published claims and the status they support. The public status is derived by the same rules as the internal
 * one but from published claims with published sources only, so an unpublished claim cannot show through it.
 */
@Service
public class PublishedClaims {
    private static final String VISIBLE = "publication = 'published' and not retracted";
    private final JdbcClient jdbc;
    private final PublishedPersons persons;
    private final PublishedSources sources;
    private final PersonService personRecords;
    private final FacilityService facilities;

    PublishedClaims(
            JdbcClient jdbc,
            PublishedPersons persons,
            PublishedSources sources,
            PersonService personRecords,
            FacilityService facilities) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.sources = sources;
        this.personRecords = personRecords;
        this.facilities = facilities;
    }

    public Optional<PublishedCase> forPerson(String publicId) {
        return persons.findWithId(publicId).map(this::forPerson);
    }

    /** The case of a published person already read (with the internal id that finds their claims). */
    public PublishedCase forPerson(PublishedPersons.Found found) {
        Published p = published(found.id(), found.merged(), found.person().publicId());
        return new PublishedCase(
                found.person(),
                p.status().status(),
                p.status().explanation(),
                p.status().basis(),
                p.finding(),
                p.claims());
    }

    /** The public status alone, for lists that already hold the persons themselves. */
    public Optional<DerivedStatus> status(String publicId) {
        return persons.internalId(publicId).map(id -> published(id, publicId).status());
    }

    private record Published(List<PublishedClaim> claims, DerivedStatus status, StatusFinding finding) {}

    /** Timeline order: by date, an undated claim by its source's date, the wholly undated last. */
    private static final Comparator<PublishedClaim> TIMELINE = Comparator.comparing(
                    PublishedClaim::placedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.eventDate().to(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PublishedClaim::id);

    /** The public statuses of a page of persons, as {@link #facts} gives them. */
    public Map<String, DerivedStatus> statuses(List<String> publicIds) {
        Map<String, DerivedStatus> statuses = new LinkedHashMap<>();
        facts(publicIds).forEach((id, f) -> statuses.put(id, f.status()));
        return statuses;
    }

    /**
     * What the public record says of a person, for lists and search facets: the status derived from published claims,
     * and the years in which published claims say the person was detained or disappeared.
     */
    public record PublicFacts(DerivedStatus status, List<Integer> detentionYears, List<String> facilities) {}

    /**
     * The public facts of many persons in four queries, whatever their number: the ids, the records merged into
     * them, their published claims, and those claims' sources. Persons not published are absent.
     */
    public Map<String, PublicFacts> facts(List<String> publicIds) {
        return facts(persons.internalIds(publicIds));
    }

    /** As {@link #facts(List)} for persons whose internal ids the caller has read already (public id → id). */
    public Map<String, PublicFacts> facts(Map<String, Long> internal) {
        Map<Long, Long> owner = owners(internal.values());
        if (owner.isEmpty()) {
            return Map.of();
        }
        Read read = read("person_id in (:ids)", Map.of("ids", owner.keySet()));
        Map<Long, PublishedSource> bySource = read.sources();
        Map<Long, List<Claim>> byOwner =
                read.claims().stream().collect(Collectors.groupingBy(c -> owner.get(c.personId())));
        Map<Long, Facility> facilitiesNamed = publishedFacilities(read.claims());
        Map<String, PublicFacts> facts = new LinkedHashMap<>();
        internal.forEach((publicId, id) -> {
            List<Claim> own = byOwner.getOrDefault(id, List.of());
            facts.put(
                    publicId,
                    new PublicFacts(
                            ClaimStatuses.derive(own, s -> true, c -> describe(publish(c, publicId, bySource))),
                            own.stream()
                                    .filter(c -> ClaimTallies.TAKEN.contains(c.type()) && c.stance() == Stance.asserts)
                                    .filter(c -> c.eventDate().from() != null)
                                    .map(c -> c.eventDate().from().getYear())
                                    .distinct()
                                    .sorted()
                                    .toList(),
                            own.stream()
                                    .map(c -> facilitiesNamed.get(c.facilityId()))
                                    .filter(Objects::nonNull)
                                    .map(Facility::name)
                                    .distinct()
                                    .toList()));
        });
        return facts;
    }

    /**
     * The published claims of many published persons (public id → internal id), those of the records merged into
     * them included, in timeline order, in three queries: for exports.
     */
    public Map<String, List<PublishedClaim>> claimsOf(Map<String, Long> internal) {
        Map<Long, String> publicIds = new HashMap<>();
        internal.forEach((publicId, id) -> publicIds.put(id, publicId));
        Map<Long, String> owner = new HashMap<>();
        owners(internal.values()).forEach((record, into) -> owner.put(record, publicIds.get(into)));
        if (owner.isEmpty()) {
            return Map.of();
        }
        Read read = read("person_id in (:ids)", Map.of("ids", owner.keySet()));
        Map<Long, Facility> named = publishedFacilities(read.claims());
        return read.claims().stream()
                .filter(c -> owner.get(c.personId()) != null)
                .map(c -> publish(c, owner.get(c.personId()), read.sources(), named))
                .sorted(TIMELINE)
                .collect(
                        Collectors.groupingBy(PublishedClaim::personPublicId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Each of these persons' records, theirs and those merged into them, with the person it counts for. */
    private Map<Long, Long> owners(Collection<Long> ids) {
        Map<Long, Long> owner = new HashMap<>();
        ids.forEach(id -> owner.put(id, id));
        personRecords.mergedIntoAny(ids).forEach((into, records) -> records.forEach(m -> owner.put(m, into)));
        return owner;
    }

    private Published published(long id, String publicId) {
        return published(
                id, personRecords.mergedInto(id).stream().map(Person::id).toList(), publicId);
    }

    /** A person's published claims, theirs and those of the records merged into them, and what they derive. */
    private Published published(long id, List<Long> merged, String publicId) {
        List<Long> ids = new ArrayList<>(List.of(id));
        ids.addAll(merged);
        Read read = read("person_id in (:ids)", Map.of("ids", ids));
        Map<Long, PublishedSource> bySource = read.sources();
        List<Claim> shown = read.claims();
        DerivedStatus status = ClaimStatuses.derive(shown, s -> true, c -> describe(publish(c, publicId, bySource)));
        Map<Long, Facility> named = publishedFacilities(shown);
        return new Published(
                shown.stream()
                        .map(c -> publish(c, publicId, bySource, named))
                        .sorted(TIMELINE)
                        .toList(),
                status,
                ClaimStatuses.find(shown, s -> true));
    }

    /** For each of these claims that is published, with a published source, the public id of its published person. */
    public Map<Long, String> personsOf(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        List<Claim> claims = read("id in (:ids) and person_id is not null", Map.of("ids", claimIds))
                .claims();
        Map<Long, String> publicIds = persons.publicIdsOf(
                claims.stream().map(Claim::personId).distinct().toList());
        Map<Long, String> out = new HashMap<>();
        claims.stream()
                .filter(c -> publicIds.containsKey(c.personId()))
                .forEach(c -> out.put(c.id(), publicIds.get(c.personId())));
        return out;
    }

    /**
     * Which of these claims the public sees: published, from a published source, about a published person or a
     * published facility.
     */
    public Set<Long> visible(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        List<Claim> claims = read("id in (:ids)", Map.of("ids", claimIds)).claims();
        Map<Long, String> publicIds = persons.publicIdsOf(claims.stream()
                .map(Claim::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, Facility> facility = publishedFacilities(claims);
        return claims.stream()
                .filter(c -> c.personId() != null
                        ? publicIds.containsKey(c.personId())
                        : facility.containsKey(c.facilityId()))
                .map(Claim::id)
                .collect(Collectors.toSet());
    }

    /**
     * The published claims about a published facility itself, from published sources, in timeline order; and (with
     * {@code ofPersons}) the published claims of published persons that name it.
     */
    public List<PublishedClaim> atFacility(long facilityId, boolean ofPersons) {
        Read read = read(
                "facility_id = :id and person_id is " + (ofPersons ? "not null" : "null"), Map.of("id", facilityId));
        List<Claim> claims = read.claims();
        Map<Long, String> publicIds = ofPersons
                ? persons.publicIdsOf(
                        claims.stream().map(Claim::personId).distinct().toList())
                : Map.of();
        Map<Long, Facility> facility = publishedFacilities(claims);
        return claims.stream()
                .filter(c -> facility.containsKey(c.facilityId()))
                .filter(c -> !ofPersons || publicIds.containsKey(c.personId()))
                .map(c -> publish(c, ofPersons ? publicIds.get(c.personId()) : null, read.sources(), facility))
                .sorted(TIMELINE)
                .toList();
    }

    /** Every published claim about a published facility itself, from a published source: for the public exports. */
    public List<PublishedClaim> aboutFacilities() {
        Read read = read("person_id is null and facility_id is not null", Map.of());
        Map<Long, Facility> facility = publishedFacilities(read.claims());
        return read.claims().stream()
                .filter(c -> facility.containsKey(c.facilityId()))
                .map(c -> publish(c, null, read.sources(), facility))
                .sorted(Comparator.comparing(PublishedClaim::id))
                .toList();
    }

    /** Published claims taken from a published source, about published persons. */
    public List<PublishedClaim> fromSource(long sourceId) {
        Read read = read("source_id = :id and person_id is not null", Map.of("id", sourceId));
        List<Claim> claims = read.claims();
        Map<Long, String> publicIds = persons.publicIdsOf(
                claims.stream().map(Claim::personId).distinct().toList());
        Map<Long, Facility> named = publishedFacilities(claims);
        return claims.stream()
                .filter(c -> publicIds.containsKey(c.personId()))
                .map(c -> publish(c, publicIds.get(c.personId()), read.sources(), named))
                .toList();
    }

    /** Claims the public may see among those meeting a condition, in date order, with their published sources. */
    private record Read(List<Claim> claims, Map<Long, PublishedSource> sources) {}

    /** Reads the claims meeting this condition that are published, not retracted, and taken from a published source. */
    private Read read(String condition, Map<String, ?> params) {
        List<Claim> claims = jdbc.sql("select * from claim where " + condition + " and " + VISIBLE
                        + " order by date_from nulls last, date_to nulls last, id")
                .params(params)
                .query(ClaimRows::map)
                .list();
        Map<Long, PublishedSource> bySource =
                sources.byIds(claims.stream().map(Claim::sourceId).distinct().toList());
        return new Read(
                claims.stream().filter(c -> bySource.containsKey(c.sourceId())).toList(), bySource);
    }

    /** The published facilities these claims name, by id. */
    private Map<Long, Facility> publishedFacilities(List<Claim> claims) {
        Map<Long, Facility> found = facilities.byIds(claims.stream()
                .map(Claim::facilityId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        found.values().removeIf(f -> f.publication() != Publication.published || f.retracted());
        return found;
    }

    private static PublishedClaim publish(Claim c, String personPublicId, Map<Long, PublishedSource> sources) {
        return publish(c, personPublicId, sources, Map.of());
    }

    private static PublishedClaim publish(
            Claim c, String personPublicId, Map<Long, PublishedSource> sources, Map<Long, Facility> facilities) {
        PublishedSource source = sources.get(c.sourceId());
        Facility facility = c.facilityId() == null ? null : facilities.get(c.facilityId());
        boolean anonymous = source.anonymous();
        return new PublishedClaim(
                c.id(),
                personPublicId,
                c.type(),
                c.eventDate(),
                anonymous ? "a relative (anonymous)" : c.asserter(),
                c.asserterParty().name(),
                c.stance().name(),
                anonymous ? null : c.quote(),
                c.sentenceTerm(),
                c.charge(),
                c.verification().name(),
                source,
                facility == null ? null : facility.publicId(),
                facility == null ? null : facility.name());
    }

    private static String describe(PublishedClaim c) {
        String stance = "asserts".equals(c.stance()) ? "" : c.stance() + " ";
        return c.asserter() + ": " + stance + Labels.claimType(c.type()) + " ("
                + c.eventDate().display() + "; source: " + c.source().title() + ")";
    }
}
