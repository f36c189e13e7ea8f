package org.casebook.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.names.NameKeys;
import org.casebook.names.NationalIds;
import org.casebook.person.Person;
import org.casebook.person.PersonMerges;
import org.casebook.person.PersonName;
import org.casebook.person.PersonService;
import org.casebook.place.Place;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.search.SearchIndex;
import org.casebook.search.SearchQuery;
import org.casebook.secret.SecretFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' queue of possible duplicates. A scan blocks and scores all active persons and queues the pairs
 * that are likely the same or need review; nothing is ever merged without an editor's decision.
 */
@Service
public class DuplicateQueue {
    private static final int PAGE = 2000;

    private final JdbcClient jdbc;
    private final PersonService persons;
    private final PersonMerges merges;
    private final PlaceService places;
    private final SearchIndex search;
    private final SecretFields secrets;

    public DuplicateQueue(
            JdbcClient jdbc,
            PersonService persons,
            PersonMerges merges,
            PlaceService places,
            SearchIndex search,
            SecretFields secrets) {
        this.search = search;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.persons = persons;
        this.merges = merges;
        this.places = places;
    }

    public record Entry(
            long id,
            String personA,
            String nameA,
            String personB,
            String nameB,
            double score,
            String band,
            List<String> reasons,
            String status) {}

    /** Everyone who can be a duplicate: not retracted, not already merged away. */
    public List<MatchCandidate> candidates() {
        Map<Long, String> placeNames = places.all().stream().collect(Collectors.toMap(Place::id, Place::name));
        List<MatchCandidate> all = new ArrayList<>();
        long after = 0;
        List<Long> ids;
        while (!(ids = persons.idsAfter(after, PAGE)).isEmpty()) {
            Map<Long, List<PersonName>> names = persons.namesOf(ids);
            Map<Long, String> nationalIds = secrets.matchKeys("person", NationalIds.FIELD, ids);
            for (Person p : persons.byIds(ids)) {
                if (!p.retracted() && p.mergedInto() == null) {
                    all.add(candidate(p, names.getOrDefault(p.id(), List.of()), placeNames, nationalIds.get(p.id())));
                }
            }
            after = ids.getLast();
        }
        return all;
    }

    static MatchCandidate candidate(Person p, List<PersonName> names, Map<Long, String> placeNames, String nationalId) {
        return MatchCandidate.of(
                p.id(),
                names.stream()
                        .filter(n -> !n.retracted())
                        .map(n -> NameKeys.of(n.text()))
                        .toList(),
                p.birthYearFrom(),
                p.birthYearTo(),
                p.gender().name(),
                p.hometownPlaceId() == null ? null : placeNames.get(p.hometownPlaceId()),
                nationalId);
    }

    /** Scores every blocked pair and queues the ones worth a look; returns how many are open now. */
    @Transactional
    public long scan() {
        Permissions.require(Role.editor);
        List<MatchCandidate> all = candidates();
        DuplicateScorer scorer = new DuplicateScorer(all);
        Timestamp now = Timestamp.from(Instant.now());
        for (Blocking.Pair pair : Blocking.pairs(all)) {
            MatchCandidate a = all.get(pair.a());
            MatchCandidate b = all.get(pair.b());
            DuplicateScorer.Score score = scorer.score(a, b);
            if (score.band() == DuplicateScorer.Band.different) {
                continue;
            }
            upsert(a.id(), b.id(), score.weight(), score.band().name(), score.reasons(), now);
        }
        return jdbc.sql("select count(*) from duplicate_candidate where status = 'open'")
                .query(Long.class)
                .single();
    }

    /** A pair already found by a possible-match check (a list's row that needs review), queued for a reviewer. */
    public void queue(long personId, Match match) {
        Permissions.require(Role.editor);
        long other = persons.getByPublicId(match.publicId()).id();
        upsert(personId, other, match.score(), match.band(), match.reasons(), Timestamp.from(Instant.now()));
    }

    private void upsert(long a, long b, double score, String band, List<String> reasons, Timestamp now) {
        jdbc.sql("""
                        insert into duplicate_candidate (person_a, person_b, score, band, reasons, found_at)
                        values (:a, :b, :score, :band, :reasons, :now)
                        on conflict (person_a, person_b) do update set score = excluded.score, band = excluded.band,
                            reasons = excluded.reasons
                        where duplicate_candidate.status = 'open'""")
                .param("a", Math.min(a, b))
                .param("b", Math.max(a, b))
                .param("score", score)
                .param("band", band)
                .param("reasons", String.join("\n", reasons))
                .param("now", now)
                .update();
    }

    public List<Entry> open(int limit) {
        return jdbc.sql("""
                        select * from duplicate_candidate where status = 'open' order by score desc, id limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> {
                    Person.Summary a = persons.summary(rs.getLong("person_a"));
                    Person.Summary b = persons.summary(rs.getLong("person_b"));
                    return new Entry(
                            rs.getLong("id"),
                            a.person().publicId(),
                            a.displayName(),
                            b.person().publicId(),
                            b.displayName(),
                            rs.getDouble("score"),
                            rs.getString("band"),
                            List.of(rs.getString("reasons").split("\n")),
                            rs.getString("status"));
                })
                .list();
    }

    /** The editor's decision: merge B into A (both kept, undoable) or mark them as different people. */
    @Transactional
    public void decide(long candidateId, boolean same, String actor) {
        Permissions.require(Role.editor);
        Map<String, Object> row = jdbc
                .sql("select * from duplicate_candidate where id = :id for update")
                .param("id", candidateId)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound("duplicate candidate", candidateId));
        if (!"open".equals(row.get("status"))) {
            throw new InvalidInput(
                    "status",
                    "this pair was already decided: " + row.get("status"),
                    "app.error.alreadyDecided",
                    "status",
                    String.valueOf(row.get("status")));
        }
        if (same) {
            Person a = persons.get((Long) row.get("person_a"));
            Person b = persons.get((Long) row.get("person_b"));
            merges.merge(
                    b.id(),
                    a.id(),
                    actor,
                    "duplicate of " + a.publicId() + " (review queue, score "
                            + String.format("%.1f", (Double) row.get("score")) + ")");
        }
        jdbc.sql(
                        "update duplicate_candidate set status = :status, decided_by = :actor, decided_at = now() where id = :id")
                .param("status", same ? "merged" : "distinct")
                .param("actor", actor)
                .param("id", candidateId)
                .update();
    }

    public List<Match> possibleMatches(
            List<String> names, Integer birthFrom, Integer birthTo, String gender, Long hometownPlaceId) {
        return possibleMatches(names, birthFrom, birthTo, gender, hometownPlaceId, null);
    }

    /**
     * Likely existing records for a person about to be created, best first: search finds them by name, and a
     * national ID number (if given) finds the persons already holding it whatever their names; scoring ranks them.
     */
    public List<Match> possibleMatches(
            List<String> names,
            Integer birthFrom,
            Integer birthTo,
            String gender,
            Long hometownPlaceId,
            String nationalId) {
        return possibleMatchesMany(List.of(new Probe(names, birthFrom, birthTo, gender, hometownPlaceId, nationalId)))
                .getFirst();
    }

    /** A person about to be created, as the possible-match check sees it. */
    public record Probe(
            List<String> names,
            Integer birthFrom,
            Integer birthTo,
            String gender,
            Long hometownPlaceId,
            String nationalId) {}

    /**
     * {@link #possibleMatches} for many persons at once (a chunk of an imported list): the records found for all of
     * them are read together, so the cost is one search per name and a few queries per chunk, not per person.
     */
    public List<List<Match>> possibleMatchesMany(List<Probe> probes) {
        Map<Long, String> placeNames = places.all().stream().collect(Collectors.toMap(Place::id, Place::name));
        List<String> idKeys = new ArrayList<>();
        for (Probe probe : probes) {
            String idKey = null;
            if (probe.nationalId() != null && !probe.nationalId().isBlank()) {
                // Whoever may ask by number learns who holds it: as much as opening the secret, so editors only.
                Permissions.require(Role.editor);
                idKey = secrets.matchKey("person", NationalIds.FIELD, probe.nationalId());
            }
            idKeys.add(idKey);
        }
        Map<String, List<Long>> byNumber = secrets.recordsWithMatchKeys(
                "person",
                NationalIds.FIELD,
                idKeys.stream().filter(k -> k != null).toList());
        List<List<String>> hits = new ArrayList<>();
        Set<String> publicIds = new HashSet<>();
        for (Probe probe : probes) {
            List<String> found = new ArrayList<>();
            for (String name : given(probe)) {
                search.search(new SearchQuery(name, Map.of(), 0, 20)).hits().forEach(h -> found.add(h.publicId()));
            }
            hits.add(found);
            publicIds.addAll(found);
        }
        Map<String, Person> byPublicId = persons.byPublicIds(publicIds);
        Set<Long> ids = new HashSet<>();
        byPublicId.values().forEach(p -> ids.add(p.id()));
        byNumber.values().forEach(ids::addAll);
        Map<Long, Person> byId = new HashMap<>();
        persons.byIds(ids).forEach(p -> byId.put(p.id(), p));
        Map<Long, List<PersonName>> names = persons.namesOf(ids);
        Map<Long, String> nationalIds = secrets.matchKeys("person", NationalIds.FIELD, ids);
        // A chunk's names share their words: each word's frequency is looked up once.
        Map<String, Long> tokens = new HashMap<>();
        Map<String, Long> skeletons = new HashMap<>();
        long population = search.size();
        DuplicateScorer scorer = new DuplicateScorer(new DuplicateScorer.Frequencies() {
            public long token(String token) {
                return tokens.computeIfAbsent(token, t -> search.documentFrequency("name_latin", t));
            }

            public long skeleton(String skeleton) {
                return skeletons.computeIfAbsent(skeleton, t -> search.documentFrequency("name_skeleton", t));
            }

            public long population() {
                return population;
            }
        });
        List<List<Match>> all = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            List<String> given = given(probe);
            if (given.isEmpty() && idKeys.get(i) == null) {
                all.add(List.of());
                continue;
            }
            MatchCandidate candidate = MatchCandidate.of(
                    -1,
                    given.stream().map(NameKeys::of).toList(),
                    probe.birthFrom(),
                    probe.birthTo(),
                    probe.gender(),
                    probe.hometownPlaceId() == null ? null : placeNames.get(probe.hometownPlaceId()),
                    idKeys.get(i));
            Set<Long> found = new LinkedHashSet<>(
                    idKeys.get(i) == null ? List.of() : byNumber.getOrDefault(idKeys.get(i), List.of()));
            hits.get(i).stream().map(byPublicId::get).filter(p -> p != null).forEach(p -> found.add(p.id()));
            List<Match> matches = new ArrayList<>();
            for (Long id : found) {
                Person p = byId.get(id);
                if (p == null || p.retracted() || p.mergedInto() != null) {
                    continue;
                }
                DuplicateScorer.Score score = scorer.score(
                        candidate, candidate(p, names.getOrDefault(id, List.of()), placeNames, nationalIds.get(id)));
                if (score.band() != DuplicateScorer.Band.different) {
                    matches.add(new Match(
                            p.publicId(),
                            new Person.Summary(
                                            p,
                                            names.getOrDefault(id, List.of()).stream()
                                                    .filter(n -> !n.retracted())
                                                    .toList())
                                    .displayName(),
                            score.weight(),
                            score.band().name(),
                            score.reasons()));
                }
            }
            matches.sort((x, y) -> Double.compare(y.score(), x.score()));
            all.add(matches.size() > 10 ? List.copyOf(matches.subList(0, 10)) : matches);
        }
        return all;
    }

    private static List<String> given(Probe probe) {
        return probe.names().stream().filter(n -> n != null && !n.isBlank()).toList();
    }

    public record Match(String publicId, String displayName, double score, String band, List<String> reasons) {}
}
