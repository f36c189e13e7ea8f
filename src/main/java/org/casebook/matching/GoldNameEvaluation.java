package org.casebook.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casebook.names.NameKeys;
import org.casebook.search.PersonDocument;
import org.casebook.search.SearchIndex;
import org.casebook.search.SearchQuery;
import org.casebook.search.SearchResult;

/**
 * The evaluation's check on real names: forms of the same public figures' names as published (gold-names.tsv),
 * hidden among the generated records, for search and for duplicate detection.
 */
final class GoldNameEvaluation {
    private GoldNameEvaluation() {}

    /** Real name forms of the same public figures (gold-names.tsv: person, form, name, source). */
    private static List<String[]> goldRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                MatchingEvaluation.class.getResourceAsStream("/matching/gold-names.tsv"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> rows.add(l.split("\t")));
        }
        return rows;
    }

    /**
     * Duplicate detection on the real names, hidden among the generated records (which set the name frequencies):
     * per pair of forms, how many true pairs blocking compares and which band they reach, and how many generated
     * records are paired with a real one. The real records give names only, so "likely the same" is out of reach
     * by design; "needs review" is what an editor would see.
     */
    static void goldDuplicates(List<MatchCandidate> generated) throws Exception {
        List<String[]> rows = goldRows();
        List<MatchCandidate> all = new ArrayList<>(generated);
        int first = all.size();
        for (int i = 0; i < rows.size(); i++) {
            all.add(MatchCandidate.of(-1 - i, List.of(NameKeys.of(rows.get(i)[2])), null, null, "unknown", null));
        }
        DuplicateScorer scorer = new DuplicateScorer(all);
        Map<String, long[]> byForms = new TreeMap<>(); // true pairs, blocked, review or better
        Set<Long> blocked = new HashSet<>();
        long[] strangers = new long[2]; // real record paired with a generated one: needs review, likely the same
        for (Blocking.Pair pair : Blocking.pairs(all)) {
            if (pair.b() < first) {
                continue;
            }
            DuplicateScorer.Band band =
                    scorer.quickScore(all.get(pair.a()), all.get(pair.b())).band();
            if (pair.a() < first) {
                strangers[0] += band == DuplicateScorer.Band.needs_review ? 1 : 0;
                strangers[1] += band == DuplicateScorer.Band.likely_same ? 1 : 0;
            } else if (band != DuplicateScorer.Band.different) {
                blocked.add((long) pair.a() << 32 | pair.b());
            } else {
                blocked.add(-((long) pair.a() << 32 | pair.b()));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                if (rows.get(i)[0].equals(rows.get(j)[0])) {
                    long key = (long) (first + i) << 32 | (first + j);
                    String forms = MatchingEvaluation.pairLabel(
                            SyntheticPopulation.Form.valueOf(rows.get(i)[1]),
                            SyntheticPopulation.Form.valueOf(rows.get(j)[1]));
                    long[] c = byForms.computeIfAbsent(forms, k -> new long[3]);
                    c[0]++;
                    c[1] += blocked.contains(key) || blocked.contains(-key) ? 1 : 0;
                    c[2] += blocked.contains(key) ? 1 : 0;
                }
            }
        }
        System.out.println(
                "\ngold (real names) duplicate detection, pair of forms: true pairs, blocked, needs review or better");
        byForms.forEach((forms, c) -> System.out.printf("  %-20s %d, %d, %d%n", forms, c[0], c[1], c[2]));
        System.out.printf(
                "  generated records paired with a real one: %d needs review, %d likely the same%n",
                strangers[0], strangers[1]);
    }

    /** Real name forms of the same public figures (gold-names.tsv, sources named there), hidden in the haystack. */
    static void gold(SearchIndex index) throws Exception {
        List<String[]> rows = goldRows();
        List<PersonDocument> docs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            docs.add(PersonDocument.named(-1 - i, "R-" + i, List.of(rows.get(i)[2]), List.of()));
        }
        index.put(docs);
        index.commitAndRefresh();
        MatchingEvaluation.Tally all = new MatchingEvaluation.Tally();
        MatchingEvaluation.Tally withoutChinese = new MatchingEvaluation.Tally();
        Map<String, MatchingEvaluation.Tally> byForms = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Set<String> top = index.search(new SearchQuery(rows.get(i)[2], Map.of(), 0, 11)).hits().stream()
                    .map(SearchResult.Hit::publicId)
                    .collect(Collectors.toSet());
            for (int j = 0; j < rows.size(); j++) {
                if (i != j && rows.get(i)[0].equals(rows.get(j)[0])) {
                    boolean hit = top.contains("R-" + j);
                    all.add(hit);
                    byForms.computeIfAbsent(rows.get(i)[1] + "→" + rows.get(j)[1], k -> new MatchingEvaluation.Tally())
                            .add(hit);
                    if (!rows.get(i)[1].equals("chinese") && !rows.get(j)[1].equals("chinese")) {
                        withoutChinese.add(hit);
                    }
                    if (!hit) {
                        System.out.printf("  gold miss: %s → %s%n", rows.get(i)[2], rows.get(j)[2]);
                    }
                }
            }
        }
        System.out.printf(
                "gold (real names, %d forms of %d people, among the generated): recall@10 %.3f without Chinese (%d pairs), %.3f with (%d)%n",
                rows.size(),
                rows.stream().map(r -> r[0]).distinct().count(),
                withoutChinese.rate(),
                withoutChinese.counts()[1],
                all.rate(),
                all.counts()[1]);
        byForms.forEach(
                (forms, t) -> System.out.printf("  gold %-20s recall@10 %.3f (%d)%n", forms, t.rate(), t.counts()[1]));
    }
}
