package org.casebook.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.casebook.person.Person;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonMerged;
import org.casebook.person.PersonService;
import org.casebook.records.Labels;
import org.casebook.source.Source;
import org.casebook.source.SourceRetracted;
import org.casebook.source.SourceService;
import org.casebook.status.DerivedStatus;
import org.casebook.status.Stance;
import org.casebook.status.StatusFinding;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each person's derived status equal to what the status rules (docs/status-rules.md) give over the claims
 * about them, after every change of a claim, a source's retraction and a merge.
 */
@Component
public class DerivedStatuses {
    private final JdbcClient jdbc;
    private final PersonService persons;
    private final PersonEdits personEdits;
    private final SourceService sources;

    DerivedStatuses(JdbcClient jdbc, PersonService persons, PersonEdits personEdits, SourceService sources) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.personEdits = personEdits;
        this.sources = sources;
    }

    /** Recomputes and stores a person's status from all claims about them; see docs/status-rules.md. */
    public DerivedStatus rederive(Long personId) {
        if (personId == null) {
            return null;
        }
        DerivedStatus status = statusNow(personId);
        personEdits.recordDerivedStatus(personId, status);
        // A merged record's claims count for the person it was merged into.
        persons.find(personId).map(Person::mergedInto).ifPresent(this::rederive);
        return status;
    }

    /**
     * The statuses of many persons, as {@link #rederive} would give them, their claims and sources read in one go.
     * Persons with merged records go one by one (their merged records' claims count too).
     */
    void rederiveMany(List<Long> personIds) {
        personEdits.recordDerivedStatuses(statusesNow(personIds, this::rederive));
    }

    /**
     * What the status rules give today for these persons, stored nowhere; persons with merged records are handed to
     * {@code oneByOne} (their merged records' claims count too) and left out of the answer.
     */
    Map<Long, DerivedStatus> statusesNow(List<Long> personIds, Consumer<Long> oneByOne) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        List<Long> merging = persons.inMerges(personIds);
        merging.forEach(oneByOne);
        Set<Long> alone = new HashSet<>(merging);
        List<Long> together =
                personIds.stream().filter(id -> !alone.contains(id)).toList();
        Map<Long, List<Claim>> claims = ClaimRows.forPersons(jdbc, together);
        Map<Long, Source> bySource = sources.byIds(claims.values().stream()
                .flatMap(List::stream)
                .map(Claim::sourceId)
                .distinct()
                .toList());
        Map<Long, DerivedStatus> statuses = new LinkedHashMap<>();
        for (Long id : together) {
            statuses.put(id, derive(claims.getOrDefault(id, List.of()), bySource));
        }
        return statuses;
    }

    /** The status of a person whose only claim this is (a new person's first claim, before either is written). */
    DerivedStatus ofFirstClaim(Claim claim, Source source) {
        return derive(List.of(claim), Map.of(source.id(), source));
    }

    /** What the status rules give today for one person, with the claims of records merged into them. */
    DerivedStatus statusNow(long personId) {
        List<Claim> claims = new ArrayList<>(ClaimRows.forPerson(jdbc, personId));
        persons.mergedInto(personId).forEach(m -> claims.addAll(ClaimRows.forPerson(jdbc, m.id())));
        return derive(claims, sourcesOf(claims));
    }

    /**
     * The same derivation in parts (the rule, the claims of each side), for pages that word it in their reader's
     * language; the stored status keeps the English line.
     *
     * @param claims every claim that counts for the person: their own and those of records merged into them
     */
    public StatusFinding finding(List<Claim> claims) {
        Map<Long, Source> bySource = sourcesOf(claims);
        return ClaimStatuses.find(claims, id -> !bySource.get(id).retracted());
    }

    private Map<Long, Source> sourcesOf(List<Claim> claims) {
        return sources.byIds(claims.stream().map(Claim::sourceId).distinct().toList());
    }

    /** The status rules over a person's claims, their sources given (a retracted source's claims do not count). */
    private static DerivedStatus derive(List<Claim> claims, Map<Long, Source> bySource) {
        return ClaimStatuses.derive(
                claims, id -> !bySource.get(id).retracted(), c -> describe(c, bySource.get(c.sourceId())));
    }

    static String describe(Claim claim, Source source) {
        String stance = claim.stance() == Stance.asserts ? "" : claim.stance().name() + " ";
        return claim.asserter() + ": " + stance + Labels.claimType(claim.type()) + " ("
                + claim.eventDate().display() + "; source: " + source.title() + ")";
    }

    @EventListener
    void onPersonMerged(PersonMerged event) {
        rederive(event.merged());
        rederive(event.into());
    }

    @EventListener
    void onSourceRetracted(SourceRetracted event) {
        jdbc.sql("select distinct person_id from claim where source_id = :id and person_id is not null")
                .param("id", event.sourceId())
                .query(Long.class)
                .list()
                .forEach(this::rederive);
    }
}
