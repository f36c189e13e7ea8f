package org.casebook.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.database.BulkCopy;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.records.InvalidInput;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.casebook.status.DerivedStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Claims written many at once ({@link ClaimEdits#createMany}), and the first claims of persons about to be written. */
@Component
class ClaimBatch {
    private static final List<String> COLUMNS = List.of(
            "id",
            "person_id",
            "subject_place_id",
            "type",
            "place_id",
            "facility_id",
            "sentence_term",
            "charge",
            "details",
            "date_precision",
            "date_from",
            "date_to",
            "source_id",
            "asserter",
            "asserter_party",
            "stance",
            "quote",
            "credibility",
            "verification",
            "notes",
            "synthetic",
            "publication",
            "version");
    /** The checked values in the order of {@link #COLUMNS} between the id and the publication. */
    private static final List<String> PARAMS = List.of(
            "personId",
            "subjectPlaceId",
            "type",
            "placeId",
            "facilityId",
            "sentenceTerm",
            "charge",
            "details",
            "precision",
            "dateFrom",
            "dateTo",
            "sourceId",
            "asserter",
            "asserterParty",
            "stance",
            "quote",
            "credibility",
            "verification",
            "notes",
            "synthetic");

    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final PersonService persons;
    private final SourceService sources;
    private final ClaimChecks claimChecks;
    private final DerivedStatuses statuses;
    private final FacilityStatuses facilityStatuses;
    private final DataSource dataSource;

    ClaimBatch(
            JdbcClient jdbc,
            RevisionLog revisions,
            PersonService persons,
            SourceService sources,
            ClaimChecks claimChecks,
            DerivedStatuses statuses,
            FacilityStatuses facilityStatuses,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.persons = persons;
        this.sources = sources;
        this.claimChecks = claimChecks;
        this.statuses = statuses;
        this.facilityStatuses = facilityStatuses;
        this.dataSource = dataSource;
    }

    /** See {@link ClaimEdits#forNewPersons}. */
    NewPersonClaims forNewPersons(List<ClaimCommand> drafts) {
        Permissions.require(Role.editor);
        List<ClaimCommand> given = drafts.stream().filter(Objects::nonNull).toList();
        Map<Long, Source> bySource = sourcesOf(given);
        ClaimChecks.Lookups lookups =
                new ClaimChecks.Lookups(publicId -> Optional.empty(), usable(bySource), claimChecks.typeSubjects());
        List<Long> ids = nextIds(given.size());
        List<Long> taken = new ArrayList<>(drafts.size());
        List<DerivedStatus> derived = new ArrayList<>(drafts.size());
        int next = 0;
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i) == null) {
                taken.add(null);
                derived.add(DerivedStatus.UNKNOWN);
                continue;
            }
            long id = ids.get(next++);
            MapSqlParameterSource checked = checkEach(i, drafts.get(i), c -> claimChecks.checkFirstClaim(c, lookups));
            Claim claim = ClaimRows.checked(id, checked, Permissions.initialPublication());
            taken.add(id);
            derived.add(statuses.ofFirstClaim(claim, bySource.get(claim.sourceId())));
        }
        return new NewPersonClaims(taken, derived);
    }

    /** See {@link ClaimEdits#createMany(List, List, String)}. */
    List<Claim> createMany(List<ClaimCommand> commands, List<Long> takenIds, String actor) {
        Permissions.require(Role.editor);
        Map<String, Person> byPublicId = persons.byPublicIds(commands.stream()
                .map(ClaimCommand::personId)
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .distinct()
                .toList());
        ClaimChecks.Lookups lookups = new ClaimChecks.Lookups(
                publicId -> Optional.ofNullable(byPublicId.get(publicId)),
                usable(sourcesOf(commands)),
                claimChecks.typeSubjects());
        List<MapSqlParameterSource> checked = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            checked.add(checkEach(i, commands.get(i), c -> claimChecks.check(c, lookups)));
        }
        List<Long> ids = ids(commands.size(), takenIds);
        String publication = Permissions.initialPublication().name();
        List<List<Object>> rows = new ArrayList<>(commands.size());
        for (int i = 0; i < checked.size(); i++) {
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.add(ids.get(i));
            for (String p : PARAMS) {
                row.add(checked.get(i).getValue(p));
            }
            row.add(publication);
            row.add(1);
            rows.add(row);
        }
        BulkCopy.into(dataSource, "claim", COLUMNS, rows);
        // Read back, so that each revision holds exactly what a single create would have written; in the commands'
        // order, which taken ids do not follow.
        Map<Long, Claim> byId = jdbc
                .sql("select * from claim where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query(ClaimRows::map)
                .list()
                .stream()
                .collect(Collectors.toMap(Claim::id, c -> c));
        List<Claim> created = ids.stream().map(byId::get).toList();
        revisions.appendMany(
                dataSource,
                created.stream()
                        .map(claim -> new RevisionLog.NewRevision(
                                RecordType.claim,
                                claim.id(),
                                1,
                                Revision.Action.create,
                                actor,
                                null,
                                claim.revisionContent()))
                        .toList());
        Set<Long> statusWritten = statusWrittenWithPerson(created, takenIds);
        statuses.rederiveMany(created.stream()
                .map(Claim::personId)
                .filter(id -> id != null && !statusWritten.contains(id))
                .distinct()
                .toList());
        created.stream()
                .map(Claim::facilityId)
                .filter(Objects::nonNull)
                .distinct()
                // In one order: two imports' chunks updating the same facilities wait for each other, never in a ring.
                .sorted()
                .forEach(facilityStatuses::rederive);
        return created;
    }

    /**
     * The persons whose status was written with them from their first claim ({@link #forNewPersons}): those whose one
     * claim in this batch is such a claim. A new person given a second claim in the same batch is derived again.
     */
    private static Set<Long> statusWrittenWithPerson(List<Claim> created, List<Long> takenIds) {
        if (takenIds == null) {
            return Set.of();
        }
        Set<Long> taken = takenIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, List<Claim>> byPerson = new HashMap<>();
        created.stream()
                .filter(c -> c.personId() != null)
                .forEach(c -> byPerson.computeIfAbsent(c.personId(), p -> new ArrayList<>())
                        .add(c));
        return byPerson.entrySet().stream()
                .filter(e -> e.getValue().size() == 1
                        && taken.contains(e.getValue().getFirst().id()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The taken ids where given, new ones for the rest. */
    private List<Long> ids(int count, List<Long> takenIds) {
        if (takenIds == null) {
            return nextIds(count);
        }
        if (takenIds.size() != count) {
            throw new IllegalArgumentException(
                    "one taken id (or null) per claim: " + takenIds.size() + " for " + count);
        }
        List<Long> fresh =
                nextIds((int) takenIds.stream().filter(Objects::isNull).count());
        List<Long> ids = new ArrayList<>(count);
        int next = 0;
        for (Long id : takenIds) {
            ids.add(id != null ? id : fresh.get(next++));
        }
        return ids;
    }

    private List<Long> nextIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval('claim_id_seq') from generate_series(1, :n)")
                .param("n", count)
                .query(Long.class)
                .list();
    }

    private Map<Long, Source> sourcesOf(List<ClaimCommand> commands) {
        return sources.byIds(commands.stream()
                .map(ClaimCommand::sourceId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    private static LongPredicate usable(Map<Long, Source> bySource) {
        return id -> bySource.containsKey(id) && !bySource.get(id).retracted();
    }

    /** One claim of a batch checked; a problem names the claim by its place in the batch. */
    private static MapSqlParameterSource checkEach(
            int i, ClaimCommand command, Function<ClaimCommand, MapSqlParameterSource> check) {
        try {
            return check.apply(command);
        } catch (InvalidInput e) {
            String prefix = "claims[" + i + "].";
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new InvalidInput.FieldProblem(prefix + p.field(), p.message(), p.key(), p.arguments()))
                    .toList());
        }
    }
}
