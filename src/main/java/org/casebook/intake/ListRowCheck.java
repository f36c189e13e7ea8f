package org.casebook.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.lists.ListRows;
import org.casebook.matching.PossibleMatchFinder;
import org.casebook.matching.RecordMatcher;
import org.casebook.matching.TextIds;
import org.casebook.person.PersonEdits;
import org.casebook.records.InvalidInput;

/**
 * The checking half of an import: each chunk's rows read and checked, found again among the earlier rows of the file,
 * and judged by the possible-match check ({@link RecordMatcher}), saving nothing. In an import it runs a chunk or two
 * ahead of the writing ({@link ListImportRun}), so the check's computing and the database's writing overlap; the dry
 * run ({@link ListDryRun}) is this check alone.
 */
final class ListRowCheck {
    private final ListRowReading reading;
    private final PersonEdits persons;
    private final PossibleMatchFinder possible;
    /** Everyone documented when the run began, and the rows the run creates, by blocking keys. */
    private final RecordMatcher matcher;
    /**
     * What finds each earlier row again in the file ({@link ListRowReading.Entry#sameRowKey}), numbered, and the person
     * that row became (see {@link CheckedRow}) by that number: a million rows' keys without a million map entries.
     */
    private final TextIds seenKeys = new TextIds();

    private long[] seen = new long[1024];

    /** {@code matcher}: everyone documented ({@link PossibleMatchFinder#matcher}), which the run's new rows join. */
    ListRowCheck(ListRowReading reading, PersonEdits persons, PossibleMatchFinder possible, RecordMatcher matcher) {
        this.reading = reading;
        this.persons = persons;
        this.possible = possible;
        this.matcher = matcher;
    }

    /** A row imported before the import stopped, so that later rows find the person it became. */
    void remember(ListRows.Row row, Long personId) {
        if (personId != null && row.problem() == null) {
            ListRowReading.Entry entry = reading.read(row.cells());
            if (!entry.person().names().isEmpty()) {
                String key = entry.sameRowKey();
                if (seenKeys.find(key) < 0) {
                    see(key, personId);
                }
            }
        }
    }

    /**
     * A chunk's rows judged: refused, the same as an earlier row of the file, likely the same as someone documented or
     * created by the run (attached), a new person, or a new person queued for review with its possible match.
     */
    List<CheckedRow> check(List<ListRows.Row> rows) {
        List<CheckedRow> work = new ArrayList<>();
        List<CheckedRow> probing = new ArrayList<>();
        Map<String, CheckedRow> firstInChunk = new HashMap<>();
        for (ListRows.Row row : rows) {
            CheckedRow w = new CheckedRow(row.line());
            work.add(w);
            if (row.problem() != null) {
                w.refuse(row.problem());
                continue;
            }
            w.entry = reading.read(row.cells());
            try {
                w.person = persons.checkNew(w.entry.person());
            } catch (InvalidInput e) {
                w.refuse(RowDetail.of(e.problems().getFirst()));
                continue;
            }
            String key = w.entry.sameRowKey();
            int earlier = seenKeys.find(key);
            w.attachTo = earlier < 0 ? null : seen[earlier];
            w.sameAs = firstInChunk.get(key);
            if (w.attachTo != null || w.sameAs != null) {
                w.outcome = "attached";
            } else {
                firstInChunk.put(key, w);
                probing.add(w);
            }
        }
        firstInChunk.forEach((key, w) -> see(key, w.reference()));
        List<RecordMatcher.Judgement> judged = possible.judge(
                matcher,
                probing.stream()
                        .map(w -> PersonIntake.probe(w.entry.person(), w.entry.nationalId()))
                        .toList(),
                probing.stream().mapToLong(CheckedRow::reference).toArray());
        for (int i = 0; i < probing.size(); i++) {
            judge(probing.get(i), judged.get(i), probing);
        }
        return work;
    }

    private void see(String key, long person) {
        int id = seenKeys.id(key);
        if (id >= seen.length) {
            seen = Arrays.copyOf(seen, seen.length * 2);
        }
        seen[id] = person;
    }

    private static void judge(CheckedRow w, RecordMatcher.Judgement judgement, List<CheckedRow> probing) {
        if (judgement.likelyHeld()) {
            w.attachTo = judgement.best().personId();
            w.outcome = "attached";
        } else if (judgement.likelyEarlier()) {
            w.sameAs = probing.get((int) judgement.earlier().personId());
            w.outcome = "attached";
        } else if (judgement.best() != null) {
            w.reviewWith = judgement.best().personId();
            w.reviewScore = judgement.best().score();
            w.outcome = "queued";
        } else if (judgement.earlier() != null) {
            w.reviewWithRow = probing.get((int) judgement.earlier().personId());
            w.reviewScore = judgement.earlier().score();
            w.outcome = "queued";
        } else {
            w.outcome = "created";
        }
    }
}
