package org.casebook.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.casebook.claim.ClaimTallies;
import org.casebook.claim.PublishedClaims;
import org.casebook.person.Gender;
import org.casebook.person.PersonTallies;
import org.casebook.place.Place;
import org.casebook.place.PlaceLevel;
import org.casebook.place.PlaceService;
import org.casebook.prooflife.LifeRequest;
import org.casebook.prooflife.LifeRequestService;
import org.casebook.prooflife.RequestState;
import org.casebook.source.SourceTallies;
import org.casebook.status.PersonStatus;
import org.casebook.status.Stance;
import org.springframework.stereotype.Component;

/**
 * What the record holds, counted: each person once (merged records count as the person they were merged into). The
 * public scope counts published records only, with the status the published claims give; the internal scope counts
 * every record not retracted. Kept for a minute, since every figure reads the whole record.
 */
@Component
public class StatisticsFigures {
    /** The figures of one scope and the moment they were computed. */
    public record Figures(boolean publicScope, Instant computedAt, List<Figure> figures) {
        public Figure figure(String id) {
            return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
        }
    }

    static final long KEEP_MILLIS = 60_000;
    static final int FACTS_SLICE = 5_000;
    static final List<String> AGE_BANDS = List.of("0-17", "18-29", "30-44", "45-59", "60+", "unknown");

    private final PersonTallies persons;
    private final ClaimTallies claims;
    private final SourceTallies sources;
    private final PublishedClaims published;
    private final PlaceService places;
    private final LifeRequestService lifeRequests;
    private final Clock clock;
    private final Map<Boolean, Figures> kept = new ConcurrentHashMap<>();

    StatisticsFigures(
            PersonTallies persons,
            ClaimTallies claims,
            SourceTallies sources,
            PublishedClaims published,
            PlaceService places,
            LifeRequestService lifeRequests,
            Clock clock) {
        this.persons = persons;
        this.claims = claims;
        this.sources = sources;
        this.published = published;
        this.places = places;
        this.lifeRequests = lifeRequests;
        this.clock = clock;
    }

    public Figures figures(boolean publicScope) {
        Figures figures = kept.get(publicScope);
        if (figures == null || clock.millis() - figures.computedAt().toEpochMilli() > KEEP_MILLIS) {
            figures = compute(publicScope);
            kept.put(publicScope, figures);
        }
        return figures;
    }

    /** Forgets the kept figures, so the next page computes them again (tests and right after an import). */
    public void forget() {
        kept.clear();
    }

    private Figures compute(boolean publicScope) {
        Instant now = clock.instant();
        List<PersonTallies.PersonTally> counted = persons.persons(publicScope);
        Map<Long, PersonTallies.PersonTally> byId = new HashMap<>();
        counted.forEach(p -> byId.put(p.id(), p));
        List<ClaimTallies.ClaimTally> claimList = claims.personClaims(publicScope);
        Map<Long, Long> countedAs = persons.countedAs(claimList.stream()
                .map(ClaimTallies.ClaimTally::personId)
                .distinct()
                .toList());
        Map<Long, PersonStatus> status = new HashMap<>();
        Map<Long, Integer> year = new HashMap<>();
        if (publicScope) {
            // In slices: a query names each person's id, and PostgreSQL takes at most 32,767 parameters.
            for (int from = 0; from < counted.size(); from += FACTS_SLICE) {
                Map<String, Long> ids = new LinkedHashMap<>();
                counted.subList(from, Math.min(counted.size(), from + FACTS_SLICE))
                        .forEach(p -> ids.put(p.publicId(), p.id()));
                published.facts(ids).forEach((publicId, facts) -> {
                    long id = ids.get(publicId);
                    status.put(id, facts.status().status());
                    facts.detentionYears().stream().min(Integer::compare).ifPresent(y -> year.put(id, y));
                });
            }
        } else {
            counted.forEach(p -> status.put(p.id(), p.status()));
            for (ClaimTallies.ClaimTally c : claimList) {
                Long person = countedAs.get(c.personId());
                if (person != null
                        && c.year() != null
                        && c.stance() == Stance.asserts
                        && ClaimTallies.TAKEN.contains(c.type())) {
                    year.merge(person, c.year(), Math::min);
                }
            }
        }
        Map<Long, Place> placeById = new HashMap<>();
        places.all().forEach(p -> placeById.put(p.id(), p));
        int thisYear = now.atZone(ZoneOffset.UTC).getYear();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.single(
                "status",
                "persons",
                "PersonStatus",
                countInOrder(
                        counted,
                        p -> status.getOrDefault(p.id(), PersonStatus.unknown).name(),
                        names(PersonStatus.values()))));
        figures.add(Figure.single(
                "contested",
                "persons",
                "contested",
                countInOrder(
                        counted,
                        p -> status.get(p.id()) == PersonStatus.contested ? "contested" : "notContested",
                        List.of("contested", "notContested"))));
        figures.add(Figure.single(
                "year",
                "persons",
                null,
                countSorted(counted, p -> year.containsKey(p.id()) ? String.valueOf(year.get(p.id())) : null)));
        figures.add(Figure.single(
                "prefecture",
                "persons",
                null,
                countByCount(counted, p -> ancestor(p.hometownPlaceId(), PlaceLevel.prefecture, placeById))));
        figures.add(Figure.single(
                "county",
                "persons",
                null,
                countByCount(counted, p -> ancestor(p.hometownPlaceId(), PlaceLevel.county, placeById))));
        figures.add(Figure.single(
                "gender",
                "persons",
                "Gender",
                countInOrder(counted, p -> p.gender().name(), names(Gender.values()))));
        figures.add(Figure.single(
                "age", "persons", "ageBand", countInOrder(counted, p -> ageBand(p, thisYear), AGE_BANDS)));
        figures.add(sourcesByKindAndParty(publicScope));
        List<ClaimTallies.ClaimTally> inScope = claimList.stream()
                .filter(c -> countedAs.containsKey(c.personId()) && byId.containsKey(countedAs.get(c.personId())))
                .toList();
        figures.add(Figure.single(
                "claims",
                "claims",
                null,
                countSorted(inScope, c -> c.year() == null ? null : String.valueOf(c.year()))));
        figures.add(lifeRequests(publicScope, byId.keySet()));
        return new Figures(publicScope, now, List.copyOf(figures));
    }

    /** Proof-of-life requests about the persons in scope, by where they stand. */
    private Figure lifeRequests(boolean publicScope, Set<Long> personsInScope) {
        List<LifeRequest> requests = publicScope ? lifeRequests.published() : lifeRequests.all();
        return Figure.single(
                "lifeRequests",
                "requests",
                "RequestState",
                countInOrder(
                        requests.stream()
                                .filter(r -> !r.retracted() && personsInScope.contains(r.personId()))
                                .toList(),
                        r -> r.state().name(),
                        names(RequestState.values())));
    }

    private Figure sourcesByKindAndParty(boolean publicScope) {
        Map<String, Map<String, Long>> table = new TreeMap<>();
        TreeMap<String, Boolean> parties = new TreeMap<>();
        for (SourceTallies.SourceTally s : sources.sources(publicScope)) {
            table.computeIfAbsent(s.kind().name(), k -> new TreeMap<>())
                    .merge(s.party().name(), 1L, Long::sum);
            parties.put(s.party().name(), true);
        }
        List<String> columns = List.copyOf(parties.keySet());
        List<Figure.Row> rows = new ArrayList<>();
        table.forEach((kind, byParty) -> rows.add(new Figure.Row(
                kind, columns.stream().map(p -> byParty.getOrDefault(p, 0L)).toList())));
        return new Figure("sources", "sources", "SourceKind", rows, "Party", columns);
    }

    private static <T> List<Figure.Row> countInOrder(List<T> items, Function<T, String> code, List<String> order) {
        Map<String, Long> counts = new LinkedHashMap<>();
        order.forEach(o -> counts.put(o, 0L));
        items.forEach(i -> counts.merge(code.apply(i), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> new Figure.Row(e.getKey(), List.of(e.getValue())))
                .toList();
    }

    /** Ordered by the code (years); items without a value are counted last as "unknown". */
    private static <T> List<Figure.Row> countSorted(List<T> items, Function<T, String> code) {
        Map<String, Long> counts = new TreeMap<>();
        long unknown = 0;
        for (T item : items) {
            String c = code.apply(item);
            if (c == null) {
                unknown++;
            } else {
                counts.merge(c, 1L, Long::sum);
            }
        }
        List<Figure.Row> rows = new ArrayList<>();
        counts.forEach((c, n) -> rows.add(new Figure.Row(c, List.of(n))));
        rows.add(new Figure.Row("unknown", List.of(unknown)));
        return rows;
    }

    /** Largest first (place names); "unknown" last. */
    private static <T> List<Figure.Row> countByCount(List<T> items, Function<T, String> code) {
        List<Figure.Row> rows = new ArrayList<>(countSorted(items, code));
        Figure.Row unknown = rows.removeLast();
        rows.sort((a, b) -> Long.compare(b.total(), a.total()));
        rows.add(unknown);
        return rows;
    }

    private static String ancestor(Long placeId, PlaceLevel level, Map<Long, Place> places) {
        Place place = placeId == null ? null : places.get(placeId);
        for (int depth = 0; place != null && depth < 20; depth++) {
            if (place.level() == level) {
                return place.name();
            }
            place = place.parentId() == null ? null : places.get(place.parentId());
        }
        return null;
    }

    /** Age in the year computed, from the middle of the birth-year range. */
    static String ageBand(PersonTallies.PersonTally p, int thisYear) {
        Integer from = p.birthYearFrom() != null ? p.birthYearFrom() : p.birthYearTo();
        Integer to = p.birthYearTo() != null ? p.birthYearTo() : p.birthYearFrom();
        if (from == null) {
            return "unknown";
        }
        int age = thisYear - (from + to) / 2;
        return age < 18 ? "0-17" : age < 30 ? "18-29" : age < 45 ? "30-44" : age < 60 ? "45-59" : "60+";
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
