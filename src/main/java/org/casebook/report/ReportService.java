package org.casebook.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.ClaimService;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceStore;
import org.casebook.intake.PersonIntake;
import org.casebook.keys.Codes;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonService;
import org.casebook.person.PublishedPersons;
import org.casebook.records.Dates;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.Labels;
import org.casebook.records.RecordNotFound;
import org.casebook.secret.SecretFields;
import org.casebook.source.Consent;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.casebook.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports from relatives: received without an account, answered with a receipt code (kept only as a hash), and
 * turned by editors into a person with a testimony and a claim, or linked to an existing person. The reporter's
 * name, relation and contact are secret values; a state change never overwrites, it appends an event.
 */
@Service
class ReportService {
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final JdbcClient jdbc;
    private final SecretFields secrets;
    private final AuditLog audit;
    private final PersonService persons;
    private final PersonIntake intake;
    private final SourceService sources;
    private final ClaimService claims;
    private final ClaimEdits claimEdits;
    private final PublishedPersons published;
    private final EvidenceStore evidence;
    private final long maxFileBytes;
    private final Clock clock;

    ReportService(
            JdbcClient jdbc,
            SecretFields secrets,
            AuditLog audit,
            PersonService persons,
            PersonIntake intake,
            SourceService sources,
            ClaimService claims,
            ClaimEdits claimEdits,
            PublishedPersons published,
            EvidenceStore evidence,
            @Value("${casebook.report.max-file-bytes:10485760}") long maxFileBytes,
            Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.audit = audit;
        this.persons = persons;
        this.intake = intake;
        this.sources = sources;
        this.claims = claims;
        this.claimEdits = claimEdits;
        this.published = published;
        this.evidence = evidence;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
    }

    /**
     * Stores a report with its files and returns its receipt code, which is shown once and never stored in clear.
     * Nothing is stored when any part is refused.
     */
    @Transactional
    public String submit(ReportSubmission s, List<? extends InputStreamSource> files) {
        InputChecks.Collector problems = new InputChecks.Collector();
        List<String> names = s.names() == null
                ? List.of()
                : s.names().stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::strip)
                        .toList();
        if (names.isEmpty()) {
            problems.problem(
                    "names", "give at least one name of the missing person, in any script", "report.error.noName");
        }
        if (names.size() > 5 || names.stream().anyMatch(n -> n.length() > 300)) {
            problems.problem("names", "at most 5 names of at most 300 characters each", "report.error.names");
        }
        LocalDate lastContact = Dates.parse(s.lastContactOn(), "lastContactOn", problems);
        if (lastContact != null && lastContact.isAfter(LocalDate.now(clock))) {
            problems.problem("lastContactOn", "cannot be in the future", "report.error.future");
        }
        ReportChecks.limit(problems, "relation", s.relation(), 100);
        ReportChecks.limit(problems, "lastPlace", s.lastPlace(), 300);
        ReportChecks.limit(problems, "account", s.account(), 20000);
        ReportChecks.limit(problems, "reporterName", s.reporterName(), 300);
        ReportChecks.limit(problems, "contact", s.contact(), 1000);
        Consent consent = InputChecks.vocabulary(Consent.class, s.consent(), "consent", problems);
        ReportDetails details = s.details() == null ? ReportDetails.NONE : s.details();
        ReportChecks.details(details, LocalDate.now(clock), problems);
        if (files.size() > ReportChecks.MAX_FILES) {
            problems.problem("files", "at most " + ReportChecks.MAX_FILES + " files", "report.error.tooManyFiles");
        }
        for (String text : Arrays.asList(s.relation(), s.lastPlace(), s.account(), s.reporterName(), s.contact())) {
            if (text != null && text.indexOf(0) >= 0) {
                problems.problem("account", "must not contain NUL characters", "error.nul");
            }
        }
        problems.throwIfAny();
        List<Evidence> stored = new ArrayList<>();
        for (InputStreamSource file : files) {
            stored.add(ReportChecks.store(evidence, file, maxFileBytes));
        }
        String code = newCode();
        long id = jdbc.sql("""
                        insert into report (receipt_hash, names, last_contact_on, last_place, account, consent, received_at,
                                            birth_year_or_age, gender, hometown, occupation, taken_place, held_place,
                                            asks_proof_of_life, life_request_consent)
                        values (:hash, :names, :lastContact, :lastPlace, :account, :consent, :now,
                                :birth, :gender, :hometown, :occupation, :taken, :held, :asksLife, :lifeConsent)
                        returning id""")
                .param("hash", hash(code))
                .param("names", names.toArray(String[]::new))
                .param("lastContact", lastContact)
                .param("lastPlace", InputChecks.optional(s.lastPlace()))
                .param("account", InputChecks.optional(s.account()))
                .param("consent", consent.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("birth", InputChecks.optional(details.birthYearOrAge()))
                .param("gender", InputChecks.optional(details.gender()))
                .param("hometown", InputChecks.optional(details.hometown()))
                .param("occupation", InputChecks.optional(details.occupation()))
                .param("taken", InputChecks.optional(details.takenPlace()))
                .param("held", InputChecks.optional(details.heldPlace()))
                .param("asksLife", details.asksProofOfLife())
                .param("lifeConsent", details.asksProofOfLife() && details.proofOfLifeConsent())
                .query(Long.class)
                .single();
        for (Evidence file : stored) {
            jdbc.sql("""
                            insert into report_file (report_id, evidence_sha256, media_type) values (:id, :sha, :type)
                            on conflict do nothing""")
                    .param("id", id)
                    .param("sha", file.sha256())
                    .param("type", file.mediaType())
                    .update();
        }
        event(id, ReportState.received, null, null, "relative");
        Map<String, String> secret = new LinkedHashMap<>();
        putIfGiven(secret, "reporter_name", s.reporterName());
        putIfGiven(secret, "relation", s.relation());
        putIfGiven(secret, "contact", s.contact());
        secrets.put("report", id, secret);
        audit.record("report.received", "report/" + id, null);
        return code;
    }

    /** The report a receipt code belongs to; empty for an unknown code (and the caller is rate limited). */
    public Optional<Long> reportFor(String code) {
        return idFor(code);
    }

    /** The state for a receipt code; empty for an unknown code (and the caller is rate limited). */
    public Optional<ReportState> stateFor(String code) {
        return idFor(code).map(id -> current(id).state());
    }

    @Transactional
    public boolean addInformation(String code, String text) {
        if (text == null || text.isBlank() || text.length() > 20000 || text.indexOf(0) >= 0) {
            throw new InvalidInput("addition", "write 1 to 20,000 characters", "app.error.additionLength");
        }
        Optional<Long> id = idFor(code);
        id.ifPresent(reportId -> event(reportId, null, text.strip(), null, "relative"));
        return id.isPresent();
    }

    public List<Report> queue(boolean includeClosed) {
        Permissions.require(Role.contributor);
        List<Long> ids = jdbc.sql("select id from report order by id desc limit 200")
                .query(Long.class)
                .list();
        return ReportRows.current(jdbc, published, ids).stream()
                .filter(r ->
                        includeClosed || r.state() == ReportState.received || r.state() == ReportState.under_review)
                .toList();
    }

    public Report get(long id) {
        Permissions.require(Role.contributor);
        return current(id);
    }

    @Transactional
    public void markUnderReview(long id) {
        Permissions.require(Role.contributor);
        requireOpen(current(id));
        event(id, ReportState.under_review, null, null, CurrentUser.name());
    }

    @Transactional
    public void decline(long id, String reason) {
        Permissions.require(Role.editor);
        requireOpen(current(id));
        event(id, ReportState.declined, InputChecks.optional(reason), null, CurrentUser.name());
        audit.record("report.declined", "report/" + id, null);
    }

    /** A new person from the report: its names, a testimony source and a no-contact claim, all as drafts or internal. */
    @Transactional
    public Person createPerson(long id) {
        Permissions.require(Role.contributor);
        Report report = current(id);
        requireOpen(report);
        List<NameCommand> names = new ArrayList<>();
        for (int i = 0; i < report.names().size(); i++) {
            names.add(new NameCommand(report.names().get(i), i == 0 ? "primary" : "alias", null, null, null));
        }
        // What the relative knew of the person starts the record; places stay on the report for the editor to match.
        ReportDetails d = report.details();
        int[] born = d.birthYears(report.receivedAt().atZone(ZoneOffset.UTC).toLocalDate());
        Person person = intake.addConfirmed(
                new PersonCommand(
                        d.gender() == null ? "unknown" : d.gender(),
                        born == null ? null : born[0],
                        born == null ? null : born[1],
                        null,
                        null,
                        d.occupation(),
                        null,
                        false,
                        names,
                        null,
                        null,
                        null),
                CurrentUser.name());
        attach(report, person);
        return person;
    }

    @Transactional
    public Person link(long id, String personPublicId) {
        Permissions.require(Role.contributor);
        Report report = current(id);
        requireOpen(report);
        Person person = persons.getByPublicId(personPublicId == null ? "" : personPublicId.strip());
        attach(report, person);
        return person;
    }

    private void attach(Report report, Person person) {
        Source testimony = sources.create(
                new SourceCommand(
                        "testimony",
                        "Report from a relative received "
                                + report.receivedAt().toString().substring(0, 10),
                        null,
                        null,
                        null,
                        null,
                        "family",
                        "C",
                        null,
                        false,
                        null,
                        null,
                        report.consent()),
                CurrentUser.name());
        secrets.copy(
                "report",
                report.id(),
                "source",
                testimony.id(),
                Map.of("reporter_name", "testifier_name", "contact", "testifier_contact"));
        String precision = report.lastContactOn() == null ? "unknown" : "day";
        claimEdits.create(
                new ClaimCommand(
                        person.publicId(),
                        null,
                        "no_contact",
                        null,
                        null,
                        null,
                        null,
                        precision,
                        report.lastContactOn() == null
                                ? null
                                : report.lastContactOn().toString(),
                        null,
                        testimony.id(),
                        "A relative (report " + report.id() + ")",
                        "family",
                        "asserts",
                        null,
                        6,
                        "unverified",
                        null,
                        false,
                        null,
                        null),
                CurrentUser.name());
        event(report.id(), ReportState.linked, null, person.id(), CurrentUser.name());
        audit.record("report.linked", "report/" + report.id(), "person " + person.publicId());
    }

    private void requireOpen(Report report) {
        if (report.state() != ReportState.received && report.state() != ReportState.under_review) {
            throw new InvalidInput(
                    "state",
                    "the report is already " + Labels.of(report.state()),
                    "app.error.reportAlready",
                    "state",
                    Texts.appLabel(report.state()));
        }
    }

    private Report current(long id) {
        List<Report> found = ReportRows.current(jdbc, published, List.of(id));
        if (found.isEmpty()) {
            throw new RecordNotFound("report", id);
        }
        return found.getFirst();
    }

    private void event(long id, ReportState state, String addition, Long personId, String actor) {
        jdbc.sql("""
                        insert into report_event (report_id, at, state, addition, person_id, actor)
                        values (:id, :at, :state, :addition, :person, :actor)""")
                .param("id", id)
                .param("at", Timestamp.from(clock.instant()))
                .param("state", state == null ? null : state.name())
                .param("addition", addition)
                .param("person", personId)
                .param("actor", actor)
                .update();
    }

    private Optional<Long> idFor(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalized =
                code.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (!normalized.matches("[A-Z2-9]{16}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from report where receipt_hash = :h")
                .param("h", hash(normalized))
                .query(Long.class)
                .optional();
    }

    private static String newCode() {
        return Codes.random(CODE_ALPHABET, 16);
    }

    public static String formatted(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                + code.substring(12);
    }

    private static String hash(String code) {
        return Codes.hash("casebook-report:" + code);
    }

    private static void putIfGiven(Map<String, String> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value);
        }
    }
}
