package org.casebook.claim;

import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.casebook.ledger.RecordType;
import org.casebook.records.Publication;
import org.casebook.ledger.VersionedRecords;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.status.DerivedStatus;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.Dates;
import org.casebook.records.EditGuard;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.PageOf;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.casebook.source.Party;
import org.casebook.source.Source;
import org.casebook.source.SourceRetracted;
import org.casebook.source.SourceService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.status.StatusRules;
import org.casebook.status.Stance;

@Service
public class ClaimService implements VersionedRecords {
    private final JdbcClient jdbc;
    private final RevisionLog revisions;
    private final InputChecks checks;
    private final PersonService persons;
    private final SourceService sources;
    private final PlaceService places;
    private final AuditLog audit;
    private final javax.sql.DataSource dataSource;

    public ClaimService(JdbcClient jdbc, RevisionLog revisions, InputChecks checks, PersonService persons,
                        SourceService sources, PlaceService places, AuditLog audit, javax.sql.DataSource dataSource) {
        this.audit = audit;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.checks = checks;
        this.persons = persons;
        this.sources = sources;
        this.places = places;
    }

    @Transactional
    public Claim create(ClaimCommand command, String actor) {
        Permissions.require(Role.contributor);
        MapSqlParameterSource params = check(command).addValue("publication", Permissions.initialPublication().name());
        long id = jdbc.sql("""
                        insert into claim (person_id, subject_place_id, type, place_id, sentence_term, charge, details,
                                           date_precision, date_from, date_to, source_id, asserter, asserter_party, stance,
                                           quote, credibility, verification, notes, synthetic, publication, version)
                        values (:personId, :subjectPlaceId, :type, :placeId, :sentenceTerm, :charge, :details,
                                :precision, :dateFrom, :dateTo, :sourceId, :asserter, :asserterParty, :stance,
                                :quote, :credibility, :verification, :notes, :synthetic, :publication, 1) returning id""")
                .paramSource(params).query(Long.class).single();
        Claim claim = get(id);
        revisions.append(RecordType.claim, id, 1, Revision.Action.create, actor, null, claim.revisionContent());
        rederive(claim.personId());
        return claim;
    }

    /**
     * Many claims at once (loading data sets): the same checks and revision content as {@link #create}, with the
     * persons and sources of the batch looked up together, rows written with COPY, and the statuses of the persons
     * concerned derived once each at the end, without a search event per person (the caller rebuilds the index).
     * All or nothing: one invalid claim refuses the whole batch, naming it.
     */
    @Transactional
    public List<Claim> createMany(List<ClaimCommand> commands, String actor) {
        Permissions.require(Role.editor);
        Map<String, Person> byPublicId = persons.byPublicIds(commands.stream().map(ClaimCommand::personId)
                .filter(p -> p != null && !p.isBlank()).map(String::strip).distinct().toList());
        Map<Long, Source> bySource = sources.byIds(commands.stream().map(ClaimCommand::sourceId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        Lookups lookups = new Lookups(publicId -> java.util.Optional.ofNullable(byPublicId.get(publicId)),
                id -> bySource.containsKey(id) && !bySource.get(id).retracted(), types().stream().map(ClaimTypeEntry::code).toList());
        List<MapSqlParameterSource> checked = new java.util.ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            try {
                checked.add(check(commands.get(i), lookups));
            } catch (org.casebook.records.InvalidInput e) {
                String prefix = "claims[" + i + "].";
                throw new org.casebook.records.InvalidInput(e.problems().stream().map(p ->
                        new org.casebook.records.InvalidInput.FieldProblem(prefix + p.field(), p.message())).toList());
            }
        }
        List<Long> ids = jdbc.sql("select nextval('claim_id_seq') from generate_series(1, :n)").param("n", commands.size())
                .query(Long.class).list();
        String publication = Permissions.initialPublication().name();
        List<String> columns = List.of("id", "person_id", "subject_place_id", "type", "place_id", "sentence_term", "charge",
                "details", "date_precision", "date_from", "date_to", "source_id", "asserter", "asserter_party", "stance",
                "quote", "credibility", "verification", "notes", "synthetic", "publication", "version");
        List<String> params = List.of("personId", "subjectPlaceId", "type", "placeId", "sentenceTerm", "charge", "details",
                "precision", "dateFrom", "dateTo", "sourceId", "asserter", "asserterParty", "stance", "quote", "credibility",
                "verification", "notes", "synthetic");
        List<List<Object>> rows = new java.util.ArrayList<>(commands.size());
        for (int i = 0; i < checked.size(); i++) {
            List<Object> row = new java.util.ArrayList<>(columns.size());
            row.add(ids.get(i));
            for (String p : params) {
                row.add(checked.get(i).getValue(p));
            }
            row.add(publication);
            row.add(1);
            rows.add(row);
        }
        org.casebook.database.BulkCopy.into(dataSource, "claim", columns, rows);
        // Read back, so that each revision holds exactly what a single create would have written.
        List<Claim> created = jdbc.sql("select * from claim where id in (:ids) order by id").param("ids", ids)
                .query(ClaimService::map).list();
        revisions.appendMany(dataSource, created.stream().map(claim -> new RevisionLog.NewRevision(RecordType.claim,
                claim.id(), 1, Revision.Action.create, actor, null, claim.revisionContent())).toList());
        rederiveMany(created.stream().map(Claim::personId).filter(java.util.Objects::nonNull).distinct().toList());
        return created;
    }

    /**
     * The statuses of many persons, as {@link #rederive} would give them, their claims and sources read in one go.
     * Persons with merged records go one by one (their merged records' claims count too).
     */
    private void rederiveMany(List<Long> personIds) {
        persons.recordDerivedStatuses(statusesNow(personIds, this::rederive));
    }

    /**
     * What the status rules give today for these persons, stored nowhere; persons with merged records are handed to
     * {@code oneByOne} (their merged records' claims count too) and left out of the answer.
     */
    Map<Long, DerivedStatus> statusesNow(List<Long> personIds, java.util.function.Consumer<Long> oneByOne) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        List<Long> merging = jdbc.sql("""
                        select id from person p where id in (:ids)
                        and (merged_into is not null or exists (select 1 from person m where m.merged_into = p.id))""")
                .param("ids", personIds).query(Long.class).list();
        merging.forEach(oneByOne);
        java.util.Set<Long> alone = new java.util.HashSet<>(merging);
        List<Long> together = personIds.stream().filter(id -> !alone.contains(id)).toList();
        Map<Long, List<Claim>> claims = forPersons(together);
        Map<Long, Source> bySource = sources.byIds(claims.values().stream().flatMap(List::stream).map(Claim::sourceId)
                .distinct().toList());
        Map<Long, DerivedStatus> statuses = new java.util.LinkedHashMap<>();
        for (Long id : together) {
            statuses.put(id, derive(claims.getOrDefault(id, List.of()), bySource));
        }
        return statuses;
    }

    @Transactional
    public Claim update(long id, ClaimCommand command, String actor) {
        Claim current = lock(id);
        Permissions.requireToChange(current.publication(), () -> revisions.author(RecordType.claim, id));
        EditGuard.check("claim", id, command.version(), current.version(), current.retracted());
        MapSqlParameterSource params = check(command).addValue("id", id);
        jdbc.sql("""
                        update claim set person_id = :personId, subject_place_id = :subjectPlaceId, type = :type,
                        place_id = :placeId, sentence_term = :sentenceTerm, charge = :charge, details = :details,
                        date_precision = :precision, date_from = :dateFrom, date_to = :dateTo, source_id = :sourceId,
                        asserter = :asserter, asserter_party = :asserterParty, stance = :stance, quote = :quote,
                        credibility = :credibility, verification = :verification, notes = :notes, synthetic = :synthetic,
                        version = version + 1 where id = :id""")
                .paramSource(params).update();
        Claim claim = get(id);
        revisions.append(RecordType.claim, id, claim.version(), Revision.Action.update, actor,
                InputChecks.optional(command.reason()), claim.revisionContent());
        rederive(current.personId());
        if (!java.util.Objects.equals(current.personId(), claim.personId())) {
            rederive(claim.personId());
        }
        return claim;
    }

    @Transactional
    public Claim retract(long id, Retraction retraction, String actor) {
        Permissions.require(Role.editor);
        checks.collect(retraction).throwIfAny();
        Claim current = lock(id);
        EditGuard.check("claim", id, retraction.version(), current.version(), current.retracted());
        jdbc.sql("update claim set retracted = true, retraction_reason = :reason, version = version + 1 where id = :id")
                .param("reason", retraction.reason().strip()).param("id", id).update();
        Claim claim = get(id);
        revisions.append(RecordType.claim, id, claim.version(), Revision.Action.retract, actor, claim.retractionReason(),
                claim.revisionContent());
        audit.record("retraction", "claim/" + id, claim.retractionReason());
        rederive(claim.personId());
        return claim;
    }

    /**
     * Publishing a claim needs its person and its source published first, and a testimony only with the
     * testifier's consent to publish: the public site must never show a claim whose origin it cannot show.
     */
    @Transactional
    public Claim setPublication(long id, Publication state, Integer version, String actor) {
        Permissions.require(Role.editor);
        Claim current = lock(id);
        EditGuard.check("claim", id, version, current.version(), current.retracted());
        if (state == Publication.published) {
            Source source = sources.get(current.sourceId());
            if (source.publication() != Publication.published || source.retracted()) {
                throw new InvalidInput("publication", "publish the claim's source first");
            }
            if (current.personId() != null && persons.get(current.personId()).publication() != Publication.published) {
                throw new InvalidInput("publication", "publish the person first");
            }
        }
        jdbc.sql("update claim set publication = :state, version = version + 1 where id = :id")
                .param("state", state.name()).param("id", id).update();
        Claim claim = get(id);
        revisions.append(RecordType.claim, id, claim.version(), Revision.Action.publish, actor, "now " + state,
                claim.revisionContent());
        audit.record("publication", "claim/" + id, "now " + state);
        rederive(claim.personId());
        return claim;
    }

    @EventListener
    void onPersonMerged(org.casebook.person.PersonMerged event) {
        rederive(event.merged());
        rederive(event.into());
    }

    @EventListener
    void onSourceRetracted(SourceRetracted event) {
        jdbc.sql("select distinct person_id from claim where source_id = :id and person_id is not null")
                .param("id", event.sourceId()).query(Long.class).list().forEach(this::rederive);
    }

    /** The status rules over a person's claims, their sources given (a retracted source's claims do not count). */
    private static DerivedStatus derive(List<Claim> claims, Map<Long, Source> bySource) {
        return ClaimStatuses.derive(claims, id -> !bySource.get(id).retracted(), c -> describe(c, bySource.get(c.sourceId())));
    }

    /** Recomputes and stores a person's status from all claims about them; see docs/status-rules.md. */
    public DerivedStatus rederive(Long personId) {
        if (personId == null) {
            return null;
        }
        DerivedStatus status = statusNow(personId);
        persons.recordDerivedStatus(personId, status);
        // A merged record's claims count for the person it was merged into.
        persons.find(personId).map(org.casebook.person.Person::mergedInto).ifPresent(this::rederive);
        return status;
    }

    /** What the status rules give today for one person, with the claims of records merged into them. */
    DerivedStatus statusNow(long personId) {
        List<Claim> claims = new java.util.ArrayList<>(forPerson(personId));
        persons.mergedInto(personId).forEach(m -> claims.addAll(forPerson(m.id())));
        Map<Long, Source> bySource = sources.byIds(claims.stream().map(Claim::sourceId).distinct().toList());
        return derive(claims, bySource);
    }

    public java.util.Optional<Claim> find(long id) {
        return jdbc.sql("select * from claim where id = :id").param("id", id).query(ClaimService::map).optional();
    }

    public Claim get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("claim", id));
    }

    /** A person's claims in timeline order: by event date, undated ones last. */
    public List<Claim> forPerson(long personId) {
        return jdbc.sql("select * from claim where person_id = :id order by date_from nulls last, date_to nulls last, id")
                .param("id", personId).query(ClaimService::map).list();
    }

    /** Claims about several persons at once, for building search documents in batches. */
    public Map<Long, List<Claim>> forPersons(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from claim where person_id in (:ids) order by date_from nulls last, date_to nulls last, id")
                .param("ids", personIds).query(ClaimService::map).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Claim::personId));
    }

    public List<Claim> fromSource(long sourceId) {
        return jdbc.sql("select * from claim where source_id = :id order by date_from nulls last, id")
                .param("id", sourceId).query(ClaimService::map).list();
    }

    public List<Claim> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from claim where id in (:ids) order by id").param("ids", ids)
                .query(ClaimService::map).list();
    }

    public PageOf<Claim> list(String personId, Long sourceId, String type, Stance stance, int page, int size) {
        PageOf.check(page, size);
        Long person = personId == null || personId.isBlank() ? null : persons.getByPublicId(personId.strip()).id();
        String where = """
                where not retracted and (cast(:person as bigint) is null or person_id = :person)
                and (cast(:source as bigint) is null or source_id = :source)
                and (cast(:type as text) is null or type = :type)
                and (cast(:stance as text) is null or stance = :stance)""";
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("person", person)
                .addValue("source", sourceId).addValue("type", type == null || type.isBlank() ? null : type)
                .addValue("stance", stance == null ? null : stance.name());
        long total = jdbc.sql("select count(*) from claim " + where).paramSource(params).query(Long.class).single();
        List<Claim> items = jdbc.sql("select * from claim " + where + " order by id limit :size offset :offset")
                .paramSource(params.addValue("size", size).addValue("offset", PageOf.offset(page, size)))
                .query(ClaimService::map).list();
        return new PageOf<>(items, page, size, total);
    }

    public List<ClaimTypeEntry> types() {
        return jdbc.sql("select code, label, description from claim_type order by code")
                .query((rs, row) -> new ClaimTypeEntry(rs.getString("code"), rs.getString("label"),
                        rs.getString("description"))).list();
    }

    public record ClaimTypeEntry(String code, String label, String description) {
    }

    static String describe(Claim claim, Source source) {
        String stance = claim.stance() == Stance.asserts ? "" : claim.stance().name() + " ";
        return claim.asserter() + ": " + stance + claim.type().replace('_', ' ') + " (" + claim.eventDate().display()
                + "; source: " + source.title() + ")";
    }

    /**
     * What checking a claim looks up: one claim asks the database for each; a batch ({@link #createMany}) looks up
     * all its persons and sources at once.
     */
    private record Lookups(java.util.function.Function<String, java.util.Optional<Person>> personByPublicId,
                           java.util.function.LongPredicate sourceUsable, List<String> typeCodes) {
    }

    private MapSqlParameterSource check(ClaimCommand c) {
        return check(c, new Lookups(publicId -> {
            try {
                return java.util.Optional.of(persons.getByPublicId(publicId));
            } catch (RecordNotFound e) {
                return java.util.Optional.empty();
            }
        }, id -> sources.find(id).filter(s -> !s.retracted()).isPresent(), types().stream().map(ClaimTypeEntry::code).toList()));
    }

    private MapSqlParameterSource check(ClaimCommand c, Lookups lookups) {
        InputChecks.Collector problems = checks.collect(c);
        Long personId = null;
        if (c.personId() != null && !c.personId().isBlank() && !problems.has("personId")) {
            Person person = lookups.personByPublicId().apply(c.personId().strip()).orElse(null);
            if (person == null) {
                problems.problem("personId", "no person with public id " + c.personId().strip());
            } else {
                if (person.retracted()) {
                    problems.problem("personId", "the person " + person.publicId() + " is retracted");
                }
                personId = person.id();
            }
        }
        if (personId == null && c.subjectPlaceId() == null && !problems.has("personId")) {
            problems.problem("personId", "a claim is about a person (or, for general statements, a place): give one");
        }
        places.requireUsable(c.subjectPlaceId(), "subjectPlaceId", problems);
        places.requireUsable(c.placeId(), "placeId", problems);
        List<String> typeCodes = lookups.typeCodes();
        if (c.type() == null || c.type().isBlank()) {
            problems.problem("type", "is required");
        } else if (!typeCodes.contains(c.type().strip())) {
            problems.problem("type", "must be one of " + String.join(", ", typeCodes));
        }
        EventDate date = eventDate(c, problems);
        if (c.sourceId() == null) {
            problems.problem("sourceId", "is required: every claim comes from a source");
        } else if (!lookups.sourceUsable().test(c.sourceId())) {
            problems.problem("sourceId", "no such source: " + c.sourceId());
        }
        Party party = InputChecks.vocabulary(Party.class, c.asserterParty(), "asserterParty", problems);
        Stance stance = InputChecks.vocabulary(Stance.class, c.stance(), "stance", problems);
        int credibility = c.credibility() == null ? 6 : c.credibility();
        if (credibility < 1 || credibility > 6) {
            problems.problem("credibility", "must be 1 to 6 (Admiralty scale; 6 = cannot be judged)");
        }
        Verification verification = c.verification() == null || c.verification().isBlank() ? Verification.unverified
                : InputChecks.vocabulary(Verification.class, c.verification(), "verification", problems);
        problems.throwIfAny();
        return new MapSqlParameterSource()
                .addValue("personId", personId)
                .addValue("subjectPlaceId", c.subjectPlaceId())
                .addValue("type", c.type().strip())
                .addValue("placeId", c.placeId())
                .addValue("sentenceTerm", InputChecks.optional(c.sentenceTerm()))
                .addValue("charge", InputChecks.optional(c.charge()))
                .addValue("details", InputChecks.optional(c.details()))
                .addValue("precision", date.precision().name())
                .addValue("dateFrom", date.from())
                .addValue("dateTo", date.to())
                .addValue("sourceId", c.sourceId())
                .addValue("asserter", c.asserter().strip())
                .addValue("asserterParty", party.name())
                .addValue("stance", stance.name())
                .addValue("quote", InputChecks.optional(c.quote()))
                .addValue("credibility", credibility)
                .addValue("verification", verification.name())
                .addValue("notes", InputChecks.optional(c.notes()))
                .addValue("synthetic", Boolean.TRUE.equals(c.synthetic()));
    }

    static EventDate eventDate(ClaimCommand c, InputChecks.Collector problems) {
        DatePrecision precision = c.datePrecision() == null || c.datePrecision().isBlank() ? DatePrecision.unknown
                : InputChecks.vocabulary(DatePrecision.class, c.datePrecision(), "datePrecision", problems);
        if (precision == null || precision == DatePrecision.unknown) {
            return EventDate.UNKNOWN;
        }
        String date = c.date() == null ? "" : c.date().strip();
        if (date.isEmpty()) {
            problems.problem("date", "is required for precision " + precision);
            return EventDate.UNKNOWN;
        }
        try {
            EventDate result = switch (precision) {
                case day -> {
                    LocalDate day = Dates.parse(date, "date", problems);
                    yield day == null ? null : new EventDate(precision, day, day);
                }
                case month -> {
                    YearMonth month = YearMonth.parse(date);
                    yield new EventDate(precision, month.atDay(1), month.atEndOfMonth());
                }
                case year -> {
                    int year = Integer.parseInt(date);
                    yield new EventDate(precision, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                }
                case range -> {
                    LocalDate from = Dates.parse(date, "date", problems);
                    LocalDate to = Dates.parse(c.dateTo(), "dateTo", problems);
                    if (to == null && !problems.has("dateTo")) {
                        problems.problem("dateTo", "is required for a range");
                    }
                    if (from != null && to != null && to.isBefore(from)) {
                        problems.problem("dateTo", "must not be before date");
                    }
                    yield from == null || to == null || to.isBefore(from) ? null : new EventDate(precision, from, to);
                }
                case unknown -> EventDate.UNKNOWN;
            };
            if (result != null && (result.from().getYear() < 1850 || result.to().getYear() > 2100)) {
                problems.problem("date", "must lie between 1850 and 2100");
            }
            return result == null ? EventDate.UNKNOWN : result;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            problems.problem("date", switch (precision) {
                case month -> "must be a month written YYYY-MM";
                case year -> "must be a year written YYYY";
                default -> "must be a real date written YYYY-MM-DD";
            });
            return EventDate.UNKNOWN;
        }
    }

    @Override
    public RecordType recordType() {
        return RecordType.claim;
    }

    @Override
    public Map<Long, String> currentContent(long afterId, int limit) {
        return VersionedRecords.page(jdbc, "claim", ClaimService::map, Claim::id, Claim::revisionContent, afterId, limit);
    }

    private Claim lock(long id) {
        return jdbc.sql("select * from claim where id = :id for update").param("id", id).query(ClaimService::map)
                .optional().orElseThrow(() -> new RecordNotFound("claim", id));
    }


    static Claim map(ResultSet rs, int row) throws SQLException {
        EventDate date = new EventDate(DatePrecision.valueOf(rs.getString("date_precision")),
                rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class));
        return new Claim(rs.getLong("id"), (Long) rs.getObject("person_id"), (Long) rs.getObject("subject_place_id"),
                rs.getString("type"), (Long) rs.getObject("place_id"), rs.getString("sentence_term"),
                rs.getString("charge"), rs.getString("details"), date, rs.getLong("source_id"), rs.getString("asserter"),
                Party.valueOf(rs.getString("asserter_party")), Stance.valueOf(rs.getString("stance")),
                rs.getString("quote"), rs.getInt("credibility"), Verification.valueOf(rs.getString("verification")),
                rs.getString("notes"), rs.getBoolean("synthetic"), rs.getInt("version"), rs.getBoolean("retracted"),
                rs.getString("retraction_reason"), org.casebook.records.Publication.of(rs.getString("publication")));
    }
}
