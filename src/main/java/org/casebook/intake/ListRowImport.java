package org.casebook.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.NewPersonClaims;
import org.casebook.database.BulkCopy;
import org.casebook.facility.FacilityService;
import org.casebook.matching.DuplicateQueue;
import org.casebook.matching.PossibleMatchFinder;
import org.casebook.names.NationalIds;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.search.PendingChanges;
import org.casebook.secret.SecretFields;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * The rows of a list into the record, as {@link ListRowCheck} judged them, through the same door as every other new
 * person ({@link PersonIntake}): a new person is created; a row likely the same as someone documented, or as an earlier
 * row, adds its names, its sealed number and its claim to that person; a row that may be someone documented is created
 * and queued for a reviewer.
 */
@Component
class ListRowImport {
    private final DataSource dataSource;
    private final PendingChanges search;
    private final PersonIntake intake;
    private final PersonEdits personEdits;
    private final PersonService persons;
    private final PersonNames names;
    private final ClaimEdits claims;
    private final SourceService sources;
    private final SecretFields secrets;
    private final DuplicateQueue duplicates;
    private final PossibleMatchFinder possible;
    private final PlaceService places;
    private final FacilityService facilities;

    ListRowImport(
            DataSource dataSource,
            PendingChanges search,
            PersonIntake intake,
            PersonEdits personEdits,
            PersonService persons,
            PersonNames names,
            ClaimEdits claims,
            SourceService sources,
            SecretFields secrets,
            DuplicateQueue duplicates,
            PossibleMatchFinder possible,
            PlaceService places,
            FacilityService facilities) {
        this.dataSource = dataSource;
        this.search = search;
        this.intake = intake;
        this.personEdits = personEdits;
        this.persons = persons;
        this.names = names;
        this.claims = claims;
        this.sources = sources;
        this.secrets = secrets;
        this.duplicates = duplicates;
        this.possible = possible;
        this.places = places;
        this.facilities = facilities;
    }

    Batch batch(ListImport list, String actor) {
        return new Batch(list, sources.get(list.sourceId()), actor);
    }

    /** The checking half of the same import, for the thread that runs ahead of the writing. */
    ListRowCheck check(ListImport list) {
        return new ListRowCheck(
                new ListRowReading(list.mapping(), list.claimType(), places, facilities),
                personEdits,
                possible,
                possible.matcher());
    }

    /** One import's writing: the persons its rows have become so far, by line. */
    final class Batch {
        private final ListImport list;
        private final Source source;
        private final String actor;
        /** The person each row of this run became, by line; 0 where none. */
        private long[] personByLine = new long[ListImportRun.CHUNK];

        private Batch(ListImport list, Source source, String actor) {
            this.list = list;
            this.source = source;
            this.actor = actor;
        }

        /**
         * A checked chunk written: the new persons and their numbers in bulk, the rows likely the same as someone
         * attached to that person (names, number, claim), possible matches queued for review, everyone's claims in
         * bulk, and every row's outcome kept.
         */
        void importChunk(List<CheckedRow> work) {
            for (CheckedRow w : work) {
                if (w.attachTo != null) {
                    w.personId = person(w.attachTo);
                }
            }
            List<CheckedRow> creating =
                    work.stream().filter(CheckedRow::creates).toList();
            // Each new person is written with the status of its row's claim: written and then updated, each person's
            // row and its index entries were written twice.
            NewPersonClaims first = creating.isEmpty()
                    ? new NewPersonClaims(List.of(), List.of())
                    : claims.forNewPersons(creating.stream()
                            .map(w -> w.entry.claim() == null ? null : claim(w.entry.claim(), null))
                            .toList());
            List<Person> created = intake.addChecked(
                    creating.stream().map(w -> w.person).toList(),
                    creating.stream().map(w -> w.entry.nationalId()).toList(),
                    first.statuses(),
                    actor);
            for (int i = 0; i < creating.size(); i++) {
                creating.get(i).personId = created.get(i).id();
                creating.get(i).createdNow = true;
                creating.get(i).claimId = first.ids().get(i);
            }
            queue(creating);
            for (CheckedRow w : work) {
                if (w.sameAs != null) {
                    w.personId = w.sameAs.personId;
                }
                if (w.personId != null) {
                    keep(w.line, w.personId);
                }
            }
            for (CheckedRow w : work) {
                if ("attached".equals(w.outcome)) {
                    attach(w.personId, w.entry, w.nameIds);
                }
            }
            writeClaims(work);
            record(work);
        }

        /** The created rows with a possible match, queued for review with it: the matches read together. */
        private void queue(List<CheckedRow> creating) {
            List<CheckedRow> reviewed =
                    creating.stream().filter(w -> w.reviewScore != null).toList();
            if (reviewed.isEmpty()) {
                return;
            }
            List<DuplicateQueue.Match> matches = possible.matches(
                    reviewed.stream()
                            .map(w -> w.reviewWithRow != null ? w.reviewWithRow.personId : person(w.reviewWith))
                            .toList(),
                    reviewed.stream().map(w -> w.reviewScore).toList());
            for (int i = 0; i < reviewed.size(); i++) {
                duplicates.queue(reviewed.get(i).personId, matches.get(i));
            }
        }

        /**
         * A documented person's id as it is, an earlier row's (its negative line) as the person it became; the two
         * writers' chunks keep and read them.
         */
        private synchronized long person(long reference) {
            long id = reference > 0 ? reference : personByLine[(int) -reference];
            if (id <= 0) {
                throw new IllegalStateException("row " + -reference + " was checked but not written");
            }
            return id;
        }

        private synchronized void keep(int line, long personId) {
            if (line >= personByLine.length) {
                personByLine = Arrays.copyOf(personByLine, Math.max(line + 1, personByLine.length * 2));
            }
            personByLine[line] = personId;
        }

        /** Every row's claim from the list's source, in one batch; the persons' index entries follow their status. */
        private void writeClaims(List<CheckedRow> work) {
            List<CheckedRow> claiming = work.stream()
                    .filter(w -> w.personId != null && w.entry.claim() != null)
                    .toList();
            if (claiming.isEmpty()) {
                return;
            }
            Map<Long, String> publicIds =
                    persons.publicIds(claiming.stream().map(w -> w.personId).toList());
            List<Claim> made = claims.createMany(
                    claiming.stream()
                            .map(w -> claim(w.entry.claim(), publicIds.get(w.personId)))
                            .toList(),
                    claiming.stream().map(w -> w.claimId).toList(),
                    actor);
            for (int i = 0; i < claiming.size(); i++) {
                claiming.get(i).claimId = made.get(i).id();
            }
            search.persons(claiming.stream()
                    .filter(w -> !w.createdNow)
                    .map(w -> w.personId)
                    .distinct()
                    .toList());
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

        private ClaimCommand claim(ListRowReading.ClaimDraft draft, String personPublicId) {
            String asserter = source.publisher() != null ? source.publisher() : source.title();
            return new ClaimCommand(
                    personPublicId,
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

        /** Every row's outcome, with COPY: a chunk's 200 inserts were a tenth of its writing. */
        private void record(List<CheckedRow> work) {
            BulkCopy.into(
                    dataSource,
                    "list_import_row",
                    List.of("import_id", "line", "outcome", "person_id", "claim_id", "name_ids", "detail"),
                    work.stream()
                            .map(w -> Arrays.<Object>asList(
                                    list.id(),
                                    w.line,
                                    w.outcome,
                                    w.personId,
                                    w.claimId,
                                    w.nameIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")),
                                    w.detail() == null ? null : cut(w.detail(), 300)))
                            .toList());
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
