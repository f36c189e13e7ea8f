package org.casebook.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.names.NameKeys;
import org.casebook.names.NationalIds;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.person.PersonService;
import org.casebook.place.Place;
import org.casebook.place.PlaceService;
import org.casebook.search.SearchIndex;
import org.casebook.search.SearchQuery;
import org.casebook.secret.SecretFields;
import org.springframework.stereotype.Service;

/**
 * The records a person about to be created may already be: by search for one person or a chunk of them, or, for a
 * long run (an imported list), by the duplicate scan's blocking keys with everyone held in memory.
 */
@Service
public class PossibleMatchFinder {
    private final PersonService persons;
    private final PlaceService places;
    private final SearchIndex search;
    private final SecretFields secrets;

    private static final int PAGE = 2000;

    /** Everyone who can be a duplicate: not retracted, not already merged away; told how many persons are read. */
    List<MatchCandidate> everyone(BiConsumer<Long, Long> read) {
        Map<Long, String> placeNames = places.all().stream().collect(Collectors.toMap(Place::id, Place::name));
        List<MatchCandidate> all = new ArrayList<>();
        long total = persons.count();
        long done = 0;
        long after = 0;
        List<Long> ids;
        while (!(ids = persons.idsAfter(after, PAGE)).isEmpty()) {
            done += ids.size();
            read.accept(done, Math.max(done, total));
            Map<Long, List<PersonName>> names = persons.namesOf(ids);
            Map<Long, String> nationalIds = secrets.matchKeys("person", NationalIds.FIELD, ids);
            for (Person p : persons.byIds(ids)) {
                if (!p.retracted() && p.mergedInto() == null) {
                    all.add(DuplicateQueue.candidate(
                            p, names.getOrDefault(p.id(), List.of()), placeNames, nationalIds.get(p.id())));
                }
            }
            after = ids.getLast();
        }
        return all;
    }

    PossibleMatchFinder(PersonService persons, PlaceService places, SearchIndex search, SecretFields secrets) {
        this.persons = persons;
        this.places = places;
        this.search = search;
        this.secrets = secrets;
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
     * {@link DuplicateQueue#possibleMatches} for many persons at once (a chunk of an imported list): the records found for all of
     * them are read together, so the cost is one search per name and a few queries per chunk, not per person.
     */
    public List<List<DuplicateQueue.Match>> many(List<Probe> probes) {
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
        List<List<DuplicateQueue.Match>> all = new ArrayList<>();
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
            List<DuplicateQueue.Match> matches = new ArrayList<>();
            for (Long id : found) {
                Person p = byId.get(id);
                if (p == null || p.retracted() || p.mergedInto() != null) {
                    continue;
                }
                DuplicateScorer.Score score = scorer.score(
                        candidate,
                        DuplicateQueue.candidate(
                                p, names.getOrDefault(id, List.of()), placeNames, nationalIds.get(id)));
                if (score.band() != DuplicateScorer.Band.different) {
                    matches.add(match(p, names.getOrDefault(id, List.of()), score));
                }
            }
            matches.sort((x, y) -> Double.compare(y.score(), x.score()));
            all.add(matches.size() > 10 ? List.copyOf(matches.subList(0, 10)) : matches);
        }
        return all;
    }

    /** Everyone documented, held in memory for a long run of possible-match checks (an imported list). */
    public RecordMatcher matcher() {
        return matcher((done, total) -> {});
    }

    /** The same, told as persons are read (done, of all): at a million persons this takes tens of seconds. */
    public RecordMatcher matcher(BiConsumer<Long, Long> read) {
        Permissions.require(Role.editor);
        return new RecordMatcher(
                everyone(read), places.all().stream().collect(Collectors.toMap(Place::id, Place::name)));
    }

    /**
     * A chunk of an imported list judged by the import's check ({@link RecordMatcher#judge}): each probe's best match
     * among the matcher's persons and among the chunk's earlier rows; the probes that create a person join the matcher
     * under {@code ids} (the caller's: a documented person's id once written, or one of its own for a row not yet
     * written).
     */
    public List<RecordMatcher.Judgement> judge(RecordMatcher matcher, List<Probe> probes, long[] ids) {
        return matcher.judge(
                probes.stream().map(p -> candidate(-1, p, matcher.placeNames())).toList(), ids);
    }

    /** Possible matches with documented persons, by id, as the duplicates queue keeps them: read together. */
    public List<DuplicateQueue.Match> matches(List<Long> personIds, List<DuplicateScorer.Score> scores) {
        Map<Long, Person> byId = new HashMap<>();
        persons.byIds(personIds.stream().distinct().toList()).forEach(p -> byId.put(p.id(), p));
        Map<Long, List<PersonName>> names = persons.namesOf(List.copyOf(byId.keySet()));
        List<DuplicateQueue.Match> matches = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            Person p = byId.get(personIds.get(i));
            matches.add(match(p, names.getOrDefault(p.id(), List.of()), scores.get(i)));
        }
        return matches;
    }

    /** A possible match as pages and outcomes show it: the person by public id and display name, and the score. */
    private static DuplicateQueue.Match match(Person p, List<PersonName> names, DuplicateScorer.Score score) {
        String shown =
                new Person.Summary(p, names.stream().filter(n -> !n.retracted()).toList()).displayName();
        return new DuplicateQueue.Match(
                p.publicId(), shown, score.weight(), score.band().name(), score.reasons());
    }

    private MatchCandidate candidate(long id, Probe probe, Map<Long, String> placeNames) {
        String idKey = null;
        if (probe.nationalId() != null && !probe.nationalId().isBlank()) {
            Permissions.require(Role.editor);
            idKey = secrets.matchKey("person", NationalIds.FIELD, probe.nationalId());
        }
        return MatchCandidate.of(
                id,
                given(probe).stream().map(NameKeys::of).toList(),
                probe.birthFrom(),
                probe.birthTo(),
                probe.gender(),
                probe.hometownPlaceId() == null ? null : placeNames.get(probe.hometownPlaceId()),
                idKey);
    }

    private static List<String> given(Probe probe) {
        return probe.names().stream().filter(n -> n != null && !n.isBlank()).toList();
    }
}
