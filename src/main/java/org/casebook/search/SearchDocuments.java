package org.casebook.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.claim.PublishedClaims;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityService;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.person.PersonService;
import org.casebook.place.Place;
import org.casebook.place.PlaceLevel;
import org.casebook.place.PlaceService;
import org.casebook.records.Labels;
import org.casebook.records.Publication;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.stereotype.Component;

/** Builds search documents from PostgreSQL, the source of truth, a batch of persons at a time. */
@Component
class SearchDocuments {
    private final PersonService persons;
    private final ClaimService claims;
    private final SourceService sources;
    private final PlaceService places;
    private final PublishedClaims publishedClaims;
    private final FacilityService facilities;

    SearchDocuments(
            PersonService persons,
            ClaimService claims,
            SourceService sources,
            PlaceService places,
            PublishedClaims publishedClaims,
            FacilityService facilities) {
        this.facilities = facilities;
        this.persons = persons;
        this.claims = claims;
        this.sources = sources;
        this.places = places;
        this.publishedClaims = publishedClaims;
    }

    /** Documents for the persons that exist and are not retracted; the others are to be removed from the index. */
    List<PersonDocument> of(Collection<Long> ids) {
        List<Person> found = persons.byIds(ids).stream()
                .filter(p -> !p.retracted() && p.mergedInto() == null)
                .toList();
        Map<Long, List<PersonName>> names =
                new HashMap<>(persons.namesOf(found.stream().map(Person::id).toList()));
        // A merged record's names are found under the person it was merged into: read for the whole batch at once
        // (one query per person was a million queries during a million-row import's catch-up).
        Map<Long, List<Long>> mergedRecords =
                persons.mergedIntoAny(found.stream().map(Person::id).toList());
        Map<Long, List<PersonName>> mergedNames = persons.namesOf(
                mergedRecords.values().stream().flatMap(List::stream).toList());
        mergedRecords.forEach((into, records) -> {
            List<PersonName> all = new ArrayList<>(names.getOrDefault(into, List.of()));
            records.forEach(record -> all.addAll(mergedNames.getOrDefault(record, List.of())));
            names.put(into, all);
        });
        Map<Long, List<Claim>> claimsOf =
                claims.forPersons(found.stream().map(Person::id).toList());
        Map<Long, Source> sourceById = sources.byIds(claimsOf.values().stream()
                .flatMap(List::stream)
                .map(Claim::sourceId)
                .distinct()
                .toList());
        Map<Long, Place> placeById = places.all().stream().collect(Collectors.toMap(Place::id, p -> p));
        Map<Long, String> placeNames = placeById.values().stream().collect(Collectors.toMap(Place::id, Place::name));
        Map<Long, Facility> facilityById = facilities.byIds(claimsOf.values().stream()
                .flatMap(List::stream)
                .map(Claim::facilityId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<String, PublishedClaims.PublicFacts> publicFacts = publishedClaims.facts(found.stream()
                .filter(SearchDocuments::published)
                .map(Person::publicId)
                .toList());
        List<PersonDocument> documents = new ArrayList<>();
        for (Person p : found) {
            List<PersonName> current = names.getOrDefault(p.id(), List.of()).stream()
                    .filter(n -> !n.retracted())
                    .toList();
            List<Claim> about = claimsOf.getOrDefault(p.id(), List.of()).stream()
                    .filter(c -> !c.retracted())
                    .toList();
            List<Source> from = about.stream()
                    .map(c -> sourceById.get(c.sourceId()))
                    .filter(Objects::nonNull)
                    .filter(s -> !s.retracted())
                    .distinct()
                    .toList();
            String text = Stream.concat(
                            about.stream()
                                    .flatMap(c -> Stream.of(
                                            Labels.claimType(c.type()),
                                            c.asserter(),
                                            c.quote(),
                                            c.details(),
                                            c.charge(),
                                            c.sentenceTerm())),
                            Stream.concat(
                                    from.stream().flatMap(s -> Stream.of(s.title(), s.publisher())),
                                    Stream.of(p.occupation(), p.notes(), p.ethnicity())))
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining("\n"));
            Integer born = p.birthYearFrom() != null ? p.birthYearFrom() : p.birthYearTo();
            documents.add(new PersonDocument(
                    p.id(),
                    p.publicId(),
                    new Person.Summary(p, current).displayName(),
                    current.stream().map(PersonName::text).toList(),
                    p.status().status().name(),
                    p.gender().name(),
                    born == null ? null : (born / 10 * 10) + "s",
                    p.hometownPlaceId() == null ? null : placeNames.get(p.hometownPlaceId()),
                    Stream.concat(
                                    about.stream()
                                            .map(Claim::placeId)
                                            .filter(Objects::nonNull)
                                            .map(placeNames::get),
                                    about.stream()
                                            .map(Claim::facilityId)
                                            .filter(Objects::nonNull)
                                            .map(facilityById::get)
                                            .filter(f -> f != null && !f.retracted())
                                            .map(Facility::name))
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList(),
                    from.stream().map(s -> s.kind().name()).distinct().toList(),
                    from.stream().map(s -> s.party().name()).distinct().toList(),
                    text,
                    p.synthetic(),
                    // Exactly the names the public page shows: the person's own published names, never a merged
                    // record's (whose person was never published).
                    published(p)
                            ? current.stream()
                                    .filter(n -> n.personId() == p.id() && n.publication() == Publication.published)
                                    .map(PersonName::text)
                                    .toList()
                            : List.of(),
                    publicFacets(p, publicFacts.get(p.publicId()), placeById)));
        }
        return documents;
    }

    private static boolean published(Person p) {
        return p.publication() == Publication.published && !p.retracted() && p.mergedInto() == null;
    }

    private static PersonDocument.PublicFacets publicFacets(
            Person p, PublishedClaims.PublicFacts facts, Map<Long, Place> places) {
        if (facts == null) {
            return null;
        }
        return new PersonDocument.PublicFacets(
                facts.status().status().name(),
                p.gender().name(),
                prefecture(p.hometownPlaceId(), places),
                facts.detentionYears(),
                facts.facilities());
    }

    /** The prefecture a place lies in (itself, if it is one); null when the hierarchy has none above it. */
    private static String prefecture(Long placeId, Map<Long, Place> places) {
        Place place = placeId == null ? null : places.get(placeId);
        for (int depth = 0; place != null && depth < 20; depth++) {
            if (place.level() == PlaceLevel.prefecture) {
                return place.name();
            }
            place = place.parentId() == null ? null : places.get(place.parentId());
        }
        return null;
    }
}
