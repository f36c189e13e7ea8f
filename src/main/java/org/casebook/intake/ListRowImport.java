package org.casebook.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.facility.FacilityService;
import org.casebook.lists.ListRows;
import org.casebook.matching.DuplicateQueue;
import org.casebook.matching.DuplicateScorer;
import org.casebook.matching.PossibleMatchFinder;
import org.casebook.matching.RecordMatcher;
import org.casebook.names.NationalIds;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.search.PendingChanges;
import org.casebook.secret.SecretFields;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row of a list into the record, through the same door as every other new person ({@link PersonIntake}): a new
 * person is created; a row likely the same as someone documented, or as an earlier row, adds its names, its sealed
 * number and its claim to that person; a row that may be someone documented is created and queued for a reviewer.
 */
@Component
class ListRowImport {
    private final JdbcTemplate batch;
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
            JdbcTemplate batch,
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
        this.batch = batch;
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

    /** One import's reading and the persons its rows have become so far, by what finds them again in the file. */
    final class Batch {
        private final ListImport list;
        private final Source source;
        private final String actor;
        private final ListRowReading reading;
        private final Map<String, Long> seen = new HashMap<>();
        /** Everyone documented when the run began, and the persons the run creates, by blocking keys. */
        private final RecordMatcher matcher;

        private Batch(ListImport list, Source source, String actor) {
            this.list = list;
            this.source = source;
            this.actor = actor;
            this.reading = new ListRowReading(list.mapping(), list.claimType(), places, facilities);
            this.matcher = possible.matcher();
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

        /**
         * A chunk of rows: each read and checked, found again among the earlier rows of the file or looked for among
         * the documented persons (all at once), then the new persons, their numbers and everyone's claims written in
         * bulk, and every row's outcome kept.
         */
        void importChunk(List<ListRows.Row> rows) {
            List<RowWork> work = new ArrayList<>();
            List<RowWork> probing = new ArrayList<>();
            Map<String, RowWork> firstInChunk = new HashMap<>();
            for (ListRows.Row row : rows) {
                RowWork w = new RowWork(row.line());
                work.add(w);
                if (row.problem() != null) {
                    w.refuse(row.problem());
                    continue;
                }
                w.entry = reading.read(row.cells());
                try {
                    personEdits.checkNew(w.entry.person());
                } catch (InvalidInput e) {
                    w.refuse(RowDetail.of(e.problems().getFirst()));
                    continue;
                }
                w.key = w.entry.sameRowKey();
                w.personId = seen.get(w.key);
                if (w.personId != null) {
                    w.outcome = "attached";
                } else if (firstInChunk.containsKey(w.key)) {
                    w.sameAs = firstInChunk.get(w.key);
                    w.outcome = "attached";
                } else {
                    firstInChunk.put(w.key, w);
                    probing.add(w);
                }
            }
            probing.forEach(w -> w.probe = PersonIntake.probe(w.entry.person(), w.entry.nationalId()));
            List<PossibleMatchFinder.Probe> probes =
                    probing.stream().map(w -> w.probe).toList();
            List<DuplicateQueue.Match> matches = possible.bestMatches(matcher, probes);
            Map<String, Person> likely = persons.byPublicIds(matches.stream()
                    .filter(m -> m != null && isLikely(m))
                    .map(DuplicateQueue.Match::publicId)
                    .toList());
            List<RowWork> unmatched = new ArrayList<>();
            for (int i = 0; i < probing.size(); i++) {
                RowWork w = probing.get(i);
                DuplicateQueue.Match best = matches.get(i);
                if (best != null && isLikely(best)) {
                    w.personId = likely.get(best.publicId()).id();
                    w.outcome = "attached";
                } else {
                    w.best = best;
                    w.outcome = best == null ? "created" : "queued";
                    unmatched.add(w);
                }
            }
            List<RowWork> creating = withinChunk(unmatched);
            List<Person> created = intake.addMany(
                    creating.stream().map(w -> w.entry.person()).toList(),
                    creating.stream().map(w -> w.entry.nationalId()).toList(),
                    actor);
            for (int i = 0; i < creating.size(); i++) {
                RowWork w = creating.get(i);
                w.personId = created.get(i).id();
                w.createdNow = true;
                possible.remember(matcher, w.personId, w.probe);
                if (w.best != null) {
                    duplicates.queue(w.personId, w.best);
                }
            }
            for (RowWork w : creating) {
                if (w.reviewWith != null) {
                    duplicates.queue(w.personId, possible.match(w.reviewWith.personId, w.reviewScore));
                }
            }
            for (RowWork w : work) {
                if (w.sameAs != null) {
                    w.personId = w.sameAs.personId;
                }
            }
            probing.forEach(w -> seen.put(w.key, w.personId));
            for (RowWork w : work) {
                if ("attached".equals(w.outcome)) {
                    attach(w.personId, w.entry, w.nameIds);
                }
            }
            writeClaims(work);
            record(work);
        }

        /**
         * The rows to create once near duplicates within the chunk are found: a row likely the same as an earlier one
         * attaches to it; one that may be is created and the pair queued for review (unless the row already has a
         * documented person to be reviewed with).
         */
        private List<RowWork> withinChunk(List<RowWork> unmatched) {
            List<PossibleMatchFinder.Earlier> earlier = possible.amongThemselves(
                    matcher, unmatched.stream().map(w -> w.probe).toList());
            List<RowWork> creating = new ArrayList<>();
            for (int i = 0; i < unmatched.size(); i++) {
                RowWork w = unmatched.get(i);
                PossibleMatchFinder.Earlier e = earlier.get(i);
                if (e != null && e.likelySame()) {
                    w.sameAs = unmatched.get(e.index());
                    w.outcome = "attached";
                    w.best = null;
                    continue;
                }
                if (e != null && w.best == null) {
                    w.reviewWith = unmatched.get(e.index());
                    w.reviewScore = e.score();
                    w.outcome = "queued";
                }
                creating.add(w);
            }
            return creating;
        }

        private static boolean isLikely(DuplicateQueue.Match match) {
            return DuplicateScorer.Band.likely_same.name().equals(match.band());
        }

        /** Every row's claim from the list's source, in one batch; the persons' index entries follow their status. */
        private void writeClaims(List<RowWork> work) {
            List<RowWork> claiming = work.stream()
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

        private void record(List<RowWork> work) {
            batch.batchUpdate(
                    """
                    insert into list_import_row (import_id, line, outcome, person_id, claim_id, name_ids, detail)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    work.stream()
                            .map(w -> new Object[] {
                                list.id(),
                                w.line,
                                w.outcome,
                                w.personId,
                                w.claimId,
                                w.nameIds.toArray(Long[]::new),
                                w.detail() == null ? null : cut(w.detail(), 300)
                            })
                            .toList());
        }
    }

    /** One row on its way through a chunk. */
    private static final class RowWork {
        final int line;
        ListRowReading.Entry entry;
        String key;
        String outcome;
        String refusal;
        Long personId;
        boolean createdNow;
        RowWork sameAs;
        RowWork reviewWith;
        DuplicateScorer.Score reviewScore;
        DuplicateQueue.Match best;
        PossibleMatchFinder.Probe probe;
        Long claimId;
        final List<Long> nameIds = new ArrayList<>();

        RowWork(int line) {
            this.line = line;
        }

        void refuse(String why) {
            outcome = "refused";
            refusal = why;
        }

        /** Why a row was refused, or what of it was left out. */
        String detail() {
            return refusal != null ? refusal : entry == null ? null : entry.note();
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
