package org.casebook.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.facility.FacilityService;
import org.casebook.lists.ListRows;
import org.casebook.matching.DuplicateQueue;
import org.casebook.matching.DuplicateScorer;
import org.casebook.names.NationalIds;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.secret.SecretFields;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row of a list into the record, through the same door as every other new person ({@link PersonIntake}): a new
 * person is created; a row likely the same as someone documented, or as an earlier row, adds its names, its sealed
 * number and its claim to that person; a row that may be someone documented is created and queued for a reviewer.
 */
@Component
class ListRowImport {
    private final JdbcClient jdbc;
    private final PersonIntake intake;
    private final PersonEdits personEdits;
    private final PersonService persons;
    private final PersonNames names;
    private final ClaimEdits claims;
    private final SourceService sources;
    private final SecretFields secrets;
    private final DuplicateQueue duplicates;
    private final PlaceService places;
    private final FacilityService facilities;

    ListRowImport(
            JdbcClient jdbc,
            PersonIntake intake,
            PersonEdits personEdits,
            PersonService persons,
            PersonNames names,
            ClaimEdits claims,
            SourceService sources,
            SecretFields secrets,
            DuplicateQueue duplicates,
            PlaceService places,
            FacilityService facilities) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.personEdits = personEdits;
        this.persons = persons;
        this.names = names;
        this.claims = claims;
        this.sources = sources;
        this.secrets = secrets;
        this.duplicates = duplicates;
        this.places = places;
        this.facilities = facilities;
    }

    Batch batch(ListImport list, String actor) {
        return new Batch(list, sources.get(list.sourceId()), actor);
    }

    /** One import's reading and the persons its rows have become so far, by what finds them again in the file. */
    final class Batch {
        private final ListImport list;
        private final Source source;
        private final String actor;
        private final ListRowReading reading;
        private final Map<String, Long> seen = new HashMap<>();

        private Batch(ListImport list, Source source, String actor) {
            this.list = list;
            this.source = source;
            this.actor = actor;
            this.reading = new ListRowReading(list.mapping(), list.claimType(), places, facilities);
        }

        /** A row imported before the import stopped, so that later rows find the person it became. */
        void remember(ListRows.Row row, Long personId) {
            if (personId != null && row.problem() == null) {
                ListRowReading.Entry entry = reading.read(row.cells());
                if (!entry.person().names().isEmpty()) {
                    seen.putIfAbsent(entry.sameRowKey(), personId);
                }
            }
        }

        void importRow(ListRows.Row row) {
            if (row.problem() != null) {
                record(row.line(), "refused", null, null, List.of(), row.problem());
                return;
            }
            ListRowReading.Entry entry = reading.read(row.cells());
            try {
                personEdits.checkNew(entry.person());
            } catch (InvalidInput e) {
                InvalidInput.FieldProblem first = e.problems().getFirst();
                record(row.line(), "refused", null, null, List.of(), first.field() + ": " + first.message());
                return;
            }
            String key = entry.sameRowKey();
            List<Long> nameIds = new ArrayList<>();
            Long personId = seen.get(key);
            String outcome = "attached";
            if (personId != null) {
                attach(personId, entry, nameIds);
            } else {
                String national = entry.nationalId() == null ? null : NationalIds.normalize(entry.nationalId());
                List<DuplicateQueue.Match> matches = intake.possibleMatches(entry.person(), national);
                DuplicateQueue.Match best = matches.isEmpty() ? null : matches.getFirst();
                if (best != null && DuplicateScorer.Band.likely_same.name().equals(best.band())) {
                    personId = persons.getByPublicId(best.publicId()).id();
                    attach(personId, entry, nameIds);
                } else {
                    personId = intake.addConfirmed(entry.person(), actor).id();
                    outcome = best == null ? "created" : "queued";
                    if (best != null) {
                        duplicates.queue(personId, best);
                    }
                }
                seen.put(key, personId);
            }
            String detail = entry.note();
            Long claimId = null;
            if (entry.claim() != null) {
                try {
                    claimId = claims.create(claim(entry.claim(), persons.get(personId)), actor)
                            .id();
                } catch (InvalidInput e) {
                    detail = "claim " + e.problems().getFirst().field() + ": "
                            + e.problems().getFirst().message();
                }
            }
            record(row.line(), outcome, personId, claimId, nameIds, detail);
        }

        /** The row's names the person lacks, and its number when the person has none sealed. */
        private void attach(long personId, ListRowReading.Entry entry, List<Long> nameIds) {
            List<String> known = persons.names(personId).stream()
                    .filter(n -> !n.retracted())
                    .map(n -> n.text().strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (NameCommand name : entry.person().names()) {
                if (!known.contains(name.text().strip().toLowerCase(Locale.ROOT))) {
                    NameCommand alias = new NameCommand(name.text(), "alias", null, null, null);
                    nameIds.add(names.addName(personId, alias, actor).id());
                }
            }
            if (entry.nationalId() != null
                    && !secrets.present("person", personId).contains(NationalIds.FIELD)) {
                secrets.put("person", personId, Map.of(NationalIds.FIELD, entry.nationalId()));
            }
        }

        private ClaimCommand claim(ListRowReading.ClaimDraft draft, Person person) {
            String asserter = source.publisher() != null ? source.publisher() : source.title();
            return new ClaimCommand(
                    person.publicId(),
                    null,
                    draft.type(),
                    draft.placeId(),
                    draft.facilityPublicId(),
                    null,
                    draft.charge() == null ? null : cut(draft.charge(), 500),
                    null,
                    draft.datePrecision(),
                    draft.date(),
                    null,
                    source.id(),
                    cut(asserter, 300),
                    source.party().name(),
                    "asserts",
                    draft.quote(),
                    list.credibility(),
                    null,
                    null,
                    false,
                    null,
                    null);
        }

        private void record(int line, String outcome, Long personId, Long claimId, List<Long> nameIds, String detail) {
            jdbc.sql("""
                            insert into list_import_row (import_id, line, outcome, person_id, claim_id, name_ids, detail)
                            values (:id, :line, :outcome, :person, :claim, :names, :detail)""")
                    .param("id", list.id())
                    .param("line", line)
                    .param("outcome", outcome)
                    .param("person", personId)
                    .param("claim", claimId)
                    .param("names", nameIds.toArray(Long[]::new))
                    .param("detail", detail == null ? null : cut(detail, 300))
                    .update();
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
