package org.casebook.claim;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.casebook.facility.FacilityService;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.Dates;
import org.casebook.records.InputChecks;
import org.casebook.records.Labels;
import org.casebook.records.RecordNotFound;
import org.casebook.source.Party;
import org.casebook.source.SourceService;
import org.casebook.status.Stance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a claim must be to be stored: about a usable person or place, from a usable source, of a known type. */
@Component
class ClaimChecks {
    private final JdbcClient jdbc;
    private final InputChecks checks;
    private final PersonService persons;
    private final SourceService sources;
    private final PlaceService places;
    private final FacilityService facilities;

    ClaimChecks(
            JdbcClient jdbc,
            InputChecks checks,
            PersonService persons,
            SourceService sources,
            PlaceService places,
            FacilityService facilities) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.persons = persons;
        this.sources = sources;
        this.places = places;
        this.facilities = facilities;
    }

    /**
     * What checking a claim looks up: one claim asks the database for each; a batch ({@link ClaimEdits#createMany}) looks up
     * all its persons and sources at once.
     */
    record Lookups(
            Function<String, Optional<Person>> personByPublicId,
            LongPredicate sourceUsable,
            Map<String, String> typeSubjects) {}

    /** The codes of the claim types in the vocabulary table, each with what it is about: a person or a facility. */
    Map<String, String> typeSubjects() {
        Map<String, String> subjects = new LinkedHashMap<>();
        jdbc.sql("select code, subject from claim_type order by code")
                .query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("subject")))
                .list()
                .forEach(e -> subjects.put(e.getKey(), e.getValue()));
        return subjects;
    }

    MapSqlParameterSource check(ClaimCommand c) {
        return check(
                c,
                new Lookups(
                        publicId -> {
                            try {
                                return Optional.of(persons.getByPublicId(publicId));
                            } catch (RecordNotFound e) {
                                return Optional.empty();
                            }
                        },
                        id -> sources.find(id).filter(s -> !s.retracted()).isPresent(),
                        typeSubjects()));
    }

    MapSqlParameterSource check(ClaimCommand c, Lookups lookups) {
        return check(c, lookups, false);
    }

    /** A person's first claim, checked before the person is written: as {@link #check}, but for the person. */
    MapSqlParameterSource checkFirstClaim(ClaimCommand c, Lookups lookups) {
        return check(c, lookups, true);
    }

    private MapSqlParameterSource check(ClaimCommand c, Lookups lookups, boolean personToCome) {
        InputChecks.Collector problems = checks.collect(c);
        Long personId = null;
        if (c.personId() != null && !c.personId().isBlank() && !problems.has("personId")) {
            Person person =
                    lookups.personByPublicId().apply(c.personId().strip()).orElse(null);
            if (person == null) {
                problems.problem(
                        "personId",
                        "no person with public id " + c.personId().strip(),
                        "app.error.noPerson",
                        "id",
                        c.personId().strip());
            } else {
                if (person.retracted()) {
                    problems.problem(
                            "personId",
                            "the person " + person.publicId() + " is retracted",
                            "app.error.personRetracted",
                            "id",
                            person.publicId());
                }
                personId = person.id();
            }
        }
        Long facilityId = facilities.requireUsable(c.facilityId(), "facilityId", problems);
        List<String> typeCodes = List.copyOf(lookups.typeSubjects().keySet());
        boolean aboutFacility = c.type() != null
                && "facility".equals(lookups.typeSubjects().get(c.type().strip()));
        if (aboutFacility) {
            // A facility claim is about the facility alone; a person held there is a held_at claim about them.
            if (c.facilityId() == null || c.facilityId().isBlank()) {
                problems.problem(
                        "facilityId", "a facility claim names its facility", "app.facility.error.claimFacility");
            }
            if (personId != null || c.subjectPlaceId() != null) {
                problems.problem(
                        "personId", "a facility claim is about the facility only", "app.facility.error.claimPerson");
            }
        } else if (personToCome) {
            if (c.personId() != null || c.subjectPlaceId() != null) {
                throw new IllegalArgumentException("a first claim is about the person still to be written alone");
            }
        } else if (personId == null && c.subjectPlaceId() == null && !problems.has("personId")) {
            problems.problem(
                    "personId",
                    "a claim is about a person (or, for general statements, a place): give one",
                    "app.error.claimSubject");
        }
        places.requireUsable(c.subjectPlaceId(), "subjectPlaceId", problems);
        places.requireUsable(c.placeId(), "placeId", problems);
        if (c.type() == null || c.type().isBlank()) {
            problems.problem("type", "is required", "error.required");
        } else if (!typeCodes.contains(c.type().strip())) {
            problems.problem(
                    "type",
                    "must be one of " + String.join(", ", typeCodes),
                    "error.oneOf",
                    "values",
                    String.join(", ", typeCodes));
        }
        EventDate date = eventDate(c, problems);
        if (c.sourceId() == null) {
            problems.problem("sourceId", "is required: every claim comes from a source", "app.error.sourceRequired");
        } else if (!lookups.sourceUsable().test(c.sourceId())) {
            problems.problem(
                    "sourceId",
                    "no such source: " + c.sourceId(),
                    "app.error.noSource",
                    "id",
                    String.valueOf(c.sourceId()));
        }
        Party party = InputChecks.vocabulary(Party.class, c.asserterParty(), "asserterParty", problems);
        Stance stance = InputChecks.vocabulary(Stance.class, c.stance(), "stance", problems);
        int credibility = c.credibility() == null ? 6 : c.credibility();
        if (credibility < 1 || credibility > 6) {
            problems.problem(
                    "credibility", "must be 1 to 6 (Admiralty scale; 6 = cannot be judged)", "app.error.credibility");
        }
        Verification verification = c.verification() == null || c.verification().isBlank()
                ? Verification.unverified
                : InputChecks.vocabulary(Verification.class, c.verification(), "verification", problems);
        problems.throwIfAny();
        return new MapSqlParameterSource()
                .addValue("personId", personId)
                .addValue("subjectPlaceId", c.subjectPlaceId())
                .addValue("type", c.type().strip())
                .addValue("placeId", c.placeId())
                .addValue("facilityId", facilityId)
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
        DatePrecision precision = c.datePrecision() == null || c.datePrecision().isBlank()
                ? DatePrecision.unknown
                : InputChecks.vocabulary(DatePrecision.class, c.datePrecision(), "datePrecision", problems);
        if (precision == null || precision == DatePrecision.unknown) {
            return EventDate.UNKNOWN;
        }
        String date = c.date() == null ? "" : c.date().strip();
        if (date.isEmpty()) {
            problems.problem(
                    "date",
                    "is required for precision " + precision,
                    "app.error.dateRequired",
                    "precision",
                    Labels.of(precision));
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
                        problems.problem("dateTo", "is required for a range", "app.error.dateToRequired");
                    }
                    if (from != null && to != null && to.isBefore(from)) {
                        problems.problem("dateTo", "must not be before date", "app.error.dateToBefore");
                    }
                    yield from == null || to == null || to.isBefore(from) ? null : new EventDate(precision, from, to);
                }
                case unknown -> EventDate.UNKNOWN;
            };
            if (result != null && (result.from().getYear() < 1850 || result.to().getYear() > 2100)) {
                problems.problem("date", "must lie between 1850 and 2100", "error.date.range");
            }
            return result == null ? EventDate.UNKNOWN : result;
        } catch (NumberFormatException | DateTimeException e) {
            switch (precision) {
                case month -> problems.problem("date", "must be a month written YYYY-MM", "app.error.month");
                case year -> problems.problem("date", "must be a year written YYYY", "app.error.year");
                default -> problems.problem("date", "must be a real date written YYYY-MM-DD", "error.date.invalid");
            }
            return EventDate.UNKNOWN;
        }
    }
}
