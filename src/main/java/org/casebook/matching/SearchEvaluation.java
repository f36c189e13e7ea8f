package org.casebook.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.casebook.search.PersonDocument;
import org.casebook.search.SearchIndex;
import org.casebook.search.SearchQuery;
import org.casebook.search.SearchResult;
import org.springframework.util.FileSystemUtils;

/** The evaluation of search: recall@10 of each record's duplicates by name alone and with the hometown facet, and latency. */
final class SearchEvaluation {
    private SearchEvaluation() {}

    /**
     * Search recall@10 per pair of forms: over all queries, and over those where both the query and the record
     * sought have two words or more (a lone "Kerim" cannot tell which of a hundred Kerims is meant).
     */
    record SearchRecall(Map<String, MatchingEvaluation.Tally> all, Map<String, MatchingEvaluation.Tally> multiWord) {}

    private static int words(String name) {
        return name.split("[\\s·]+").length;
    }

    /** Search: index every record, query each duplicate by its name alone. */
    static SearchRecall search(
            List<SyntheticPopulation.Record> records,
            Map<Integer, List<SyntheticPopulation.Record>> groups,
            int maxQueries)
            throws Exception {
        Path dir = Files.createTempDirectory("casebook-eval-index");
        SearchIndex index = new SearchIndex(dir.toString());
        long t2 = System.nanoTime();
        List<PersonDocument> docs = new ArrayList<>();
        for (SyntheticPopulation.Record r : records) {
            docs.add(new PersonDocument(
                    r.index(),
                    "G-" + r.index(),
                    r.name(),
                    List.of(r.name()),
                    "unknown",
                    r.gender(),
                    r.birthYear() == null ? null : (r.birthYear() / 10 * 10) + "s",
                    r.hometown(),
                    List.of(),
                    List.of(),
                    List.of(),
                    "",
                    true,
                    List.of(),
                    null));
            if (docs.size() == 10_000) {
                index.put(docs);
                docs.clear();
            }
        }
        index.put(docs);
        index.commitAndRefresh();
        System.out.printf("index build: %,d documents in %.1f s%n", records.size(), MatchingEvaluation.secs(t2));

        Map<String, MatchingEvaluation.Tally> searchRecall = new TreeMap<>();
        Map<String, MatchingEvaluation.Tally> multiWord = new TreeMap<>();
        List<SyntheticPopulation.Record> queried = records.stream()
                .filter(r -> groups.get(r.group()).size() > 1)
                .limit(maxQueries)
                .toList();
        // A running server has compiled its search code long ago: time it warm, on names of other persons.
        List<SyntheticPopulation.Record> warmUp =
                records.subList(Math.max(0, records.size() - MatchingEvaluation.WARM_UP), records.size());
        warmUp.forEach(r -> index.search(new SearchQuery(r.name(), Map.of(), 0, 11)));
        long[] latencies = new long[queried.size()];
        for (int q = 0; q < queried.size(); q++) {
            SyntheticPopulation.Record r = queried.get(q);
            long start = System.nanoTime();
            SearchResult result = index.search(new SearchQuery(r.name(), Map.of(), 0, 11));
            latencies[q] = System.nanoTime() - start;
            Set<String> top = result.hits().stream()
                    .map(SearchResult.Hit::publicId)
                    .filter(id -> !id.equals("G-" + r.index()))
                    .limit(10)
                    .collect(Collectors.toSet());
            for (SyntheticPopulation.Record other : groups.get(r.group())) {
                if (other.index() != r.index()) {
                    boolean hit = top.contains("G-" + other.index());
                    searchRecall
                            .computeIfAbsent(r.form() + "→" + other.form(), k -> new MatchingEvaluation.Tally())
                            .add(hit);
                    if (words(r.name()) > 1 && words(other.name()) > 1) {
                        multiWord
                                .computeIfAbsent(r.form() + "→" + other.form(), k -> new MatchingEvaluation.Tally())
                                .add(hit);
                    }
                    if (!hit
                            && MatchingEvaluation.SHOW_MISSES
                            && other.form() != SyntheticPopulation.Form.chinese
                            && r.form() != SyntheticPopulation.Form.chinese) {
                        List<SearchResult.Hit> deep = index.search(new SearchQuery(r.name(), Map.of(), 0, 300))
                                .hits();
                        int rank = -1;
                        for (int k = 0; k < deep.size(); k++) {
                            if (deep.get(k).publicId().equals("G-" + other.index())) {
                                rank = k;
                            }
                        }
                        System.out.printf(
                                "miss: rank %d %s %s → %s | top: %s%n",
                                rank,
                                rank >= 0 ? deep.get(rank).score() : "",
                                r.name(),
                                other.name(),
                                result.hits().stream()
                                        .limit(4)
                                        .map(h -> h.displayName() + String.format(" %.1f", h.score()))
                                        .toList());
                    }
                }
            }
        }
        Arrays.sort(latencies);
        System.out.printf(
                "search, 1 client: %,d queries after %,d to warm up, p50 %.2f ms, p99 %.2f ms%n",
                latencies.length,
                warmUp.size(),
                MatchingEvaluation.percentile(latencies, 50),
                MatchingEvaluation.percentile(latencies, 99));
        withHometown(index, queried, groups);
        GoldNameEvaluation.gold(index);
        long[] concurrent = concurrentLatencies(index, queried, 16);
        System.out.printf(
                "search, 16 clients: %,d queries, p50 %.2f ms, p99 %.2f ms%n",
                concurrent.length,
                MatchingEvaluation.percentile(concurrent, 50),
                MatchingEvaluation.percentile(concurrent, 99));
        index.close();
        FileSystemUtils.deleteRecursively(dir);
        return new SearchRecall(searchRecall, multiWord);
    }

    /**
     * The query a relative would more likely type: the name, with the hometown facet chosen. Counted over pairs
     * whose records both give the same hometown (a record without one is not found through the facet).
     */
    private static void withHometown(
            SearchIndex index,
            List<SyntheticPopulation.Record> queried,
            Map<Integer, List<SyntheticPopulation.Record>> groups) {
        MatchingEvaluation.Tally latin = new MatchingEvaluation.Tally();
        MatchingEvaluation.Tally chinese = new MatchingEvaluation.Tally();
        for (SyntheticPopulation.Record r : queried) {
            if (r.hometown() == null) {
                continue;
            }
            Set<String> top =
                    index.search(new SearchQuery(r.name(), Map.of("hometown", r.hometown()), 0, 11)).hits().stream()
                            .map(SearchResult.Hit::publicId)
                            .filter(id -> !id.equals("G-" + r.index()))
                            .limit(10)
                            .collect(Collectors.toSet());
            for (SyntheticPopulation.Record other : groups.get(r.group())) {
                if (other.index() != r.index() && r.hometown().equals(other.hometown())) {
                    boolean withChinese = r.form() == SyntheticPopulation.Form.chinese
                            || other.form() == SyntheticPopulation.Form.chinese;
                    (withChinese ? chinese : latin).add(top.contains("G-" + other.index()));
                }
            }
        }
        System.out.printf(
                "search by name and hometown facet, recall@10: %.3f without Chinese (%d pairs), %.3f with Chinese (%d)%n",
                latin.rate(), latin.counts()[1], chinese.rate(), chinese.counts()[1]);
    }

    private static long[] concurrentLatencies(SearchIndex index, List<SyntheticPopulation.Record> queries, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (SyntheticPopulation.Record r : queries) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    index.search(new SearchQuery(r.name(), Map.of(), 0, 11));
                    return System.nanoTime() - start;
                }));
            }
            long[] out = new long[futures.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = futures.get(i).get();
            }
            Arrays.sort(out);
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
