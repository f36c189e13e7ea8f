package org.casebook.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.names.NameKeys;
import org.casebook.person.Person;
import org.casebook.person.PersonMerges;
import org.casebook.person.PersonName;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.search.SearchIndex;
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
    private final PossibleMatchFinder possible;

    public DuplicateQueue(
            JdbcClient jdbc,
            PersonService persons,
            PersonMerges merges,
            PlaceService places,
            SearchIndex search,
            SecretFields secrets,
            PossibleMatchFinder possible) {
        this.possible = possible;
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
        return possible.everyone((done, total) -> {});
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
        return possible.many(List.of(
                        new PossibleMatchFinder.Probe(names, birthFrom, birthTo, gender, hometownPlaceId, nationalId)))
                .getFirst();
    }

    public record Match(String publicId, String displayName, double score, String band, List<String> reasons) {}
}
