package org.casebook.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.casebook.names.NameMatch;
import org.casebook.records.PageOf;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index of persons. PostgreSQL stays the source of truth: the index can be dropped and
 * rebuilt from it at any time. Changes become searchable at the next refresh: an edit's at once, a catch-up's (an
 * imported list's persons) when it commits, every few seconds.
 */
@Component
public class SearchIndex {
    static final String PUBLIC_PREFIX = "pub_";
    /** How many candidates the name comparison reorders; the right person is nearly always among them. */
    static final int RANKED_BY_NAME = 100;
    /**
     * Raised whenever documents gain fields that searches depend on, or the name keys change (6: Arabic-orthography
     * spellings and tone marks; 7: toned pinyin read back to Uyghur sounds; 8 and 9: public ids and statuses as doc
     * values; 10: untoned pinyin read as a second reading; 11: pinyin written a syllable at a time, short words of a
     * pinyin name, names in other scripts read by their Latin form); an index of another format is rebuilt.
     */
    static final String FORMAT = "11";

    static final String PUBLIC_ID = "public_id";
    static final String PUBLIC_STATUS = "public_status";

    private static final String FORMAT_KEY = "casebook.format";
    static final int TYPO_MIN_LENGTH = 4;
    /** Smaller indexes are searched quickly however many segments they have. */
    static final int COMPACT_FROM = 1000;
    /**
     * Keys of a name of one word are indexed once more with this mark, and a query word asks for them as well:
     * among names that share one of the query's words, a name with no other word leaves fewer words without a
     * partner (as {@link NameMatch} will count), yet Lucene scores them all alike and kept the first hundred
     * found, so "Nijat" was lost among a hundred "Nijat …". Marked terms are rarer, so they score higher (by their
     * IDF) while the query keeps to term queries that Lucene can prune; a scoring feature made it three times slower.
     */
    static final String ONE_WORD = "1:";

    /** The facets of the public search, indexed as "pub_" + dimension from the published record only. */
    public static final List<String> PUBLIC_DIMENSIONS = List.of("status", "gender", "prefecture", "year", "facility");

    static final String ORDER = "order";

    static final List<String> DIMENSIONS =
            List.of("status", "gender", "birthDecade", "hometown", "facility", "sourceKind", "party");

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    public SearchIndex(@Value("${casebook.search.directory}") String directory) {
        for (String multi : List.of("facility", "sourceKind", "party", "pub_year", "pub_facility")) {
            facets.setMultiValued(multi, true);
        }
        try {
            this.directory = FSDirectory.open(Path.of(directory));
            this.writer = new IndexWriter(
                    this.directory,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    // Each search runs in its own request's thread: under load, splitting one search over a shared
                    // pool made every search wait behind the others' parts (measured in docs/benchmarks.md). The
                    // facet ordinals are built here, once per reader, by the thread that refreshes, so no search
                    // ever waits for them.
                    return new FacetedSearcher(reader, facetState(reader));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + directory, e);
        }
    }

    public void put(List<PersonDocument> documents) throws IOException {
        for (PersonDocument d : documents) {
            writer.updateDocument(new Term("id", d.publicId()), facets.build(IndexedDocument.of(d)));
        }
    }

    void remove(String publicId) throws IOException {
        writer.deleteDocuments(new Term("id", publicId));
    }

    void removeAll() throws IOException {
        writer.deleteAll();
    }

    public void commitAndRefresh() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * Whether more than a tenth of the index's documents, live or deleted, lie outside its largest segment. A search
     * does much of its work once per segment: over one segment it took a third of the time it took over six
     * (docs/benchmarks.md, "One segment").
     */
    public boolean split() {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            int largest = reader.leaves().stream()
                    .mapToInt(leaf -> leaf.reader().numDocs())
                    .max()
                    .orElse(0);
            return reader.maxDoc() >= COMPACT_FROM && reader.maxDoc() - largest > reader.maxDoc() / 10;
        });
    }

    /**
     * Merges a split index into one segment, and commits. Only when the index is quiet (see {@link PendingChanges}):
     * merging everything again after each part of a long import would rewrite the index many times over.
     */
    boolean compactIfSplit() throws IOException {
        if (!split()) {
            return false;
        }
        writer.forceMerge(1);
        commitAndRefresh();
        return true;
    }

    /**
     * Whether the index on disk was written by an older Casebook whose documents lack fields this one searches
     * (the folded names, typo and word-pair keys added with {@link NameMatch}): it must be rebuilt from PostgreSQL.
     */
    public boolean writtenInAnOlderFormat() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(FORMAT_KEY)) {
                    return !e.getValue().equals(FORMAT);
                }
            }
        }
        return size() > 0;
    }

    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** How many indexed persons carry this term (a name token in "name_latin", a skeleton in "name_skeleton"). */
    public long documentFrequency(String field, String term) {
        return withSearcher(searcher -> (long) searcher.getIndexReader().docFreq(new Term(field, term)));
    }

    private interface Reading<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    /** Reads from the latest searcher, released however the reading ends. */
    private <T> T withSearcher(Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Names are matched word by word on several keys, best first: the word as written (any script), its folded
     * Latin form, one or two edits away from it, its start, and its phonetic skeleton; words from claims and
     * sources count too, less. Lucene's BM25 makes common names (Memet, Abdulla) weigh less than rare ones.
     * This only gathers candidates; {@link NameQueries#rankByName} puts them in order.
     */
    Query query(String q) {
        return NameQueries.query(q, NameQueries.readings(q), "", true, false);
    }

    public SearchResult search(SearchQuery request) {
        return withSearcher(searcher -> {
            List<List<NameMatch.Word>> words = NameQueries.readings(request.q());
            DrillDownQuery query = new DrillDownQuery(facets, NameQueries.query(request.q(), words, "", true, false));
            request.filters().forEach((dimension, value) -> {
                if (DIMENSIONS.contains(dimension) && value != null && !value.isBlank()) {
                    query.add(dimension, value);
                }
            });
            int wanted = (request.page() + 1) * request.size();
            int fetched = Math.max(wanted, RANKED_BY_NAME);
            FacetsCollectorManager.FacetsResult result = request.facets()
                    ? FacetsCollectorManager.search(searcher, query, fetched, new FacetsCollectorManager())
                    : new FacetsCollectorManager.FacetsResult(searcher.search(query, fetched), null);
            List<SearchResult.Hit> hits = new ArrayList<>();
            List<ScoreDoc> docs = NameQueries.rankByName(searcher, result.topDocs().scoreDocs, words, "");
            var stored = searcher.storedFields();
            for (int i = request.page() * request.size(); i < Math.min(docs.size(), wanted); i++) {
                Document doc = stored.document(docs.get(i).doc);
                hits.add(new SearchResult.Hit(
                        doc.get("id"),
                        doc.get("displayName"),
                        List.of(doc.getValues("name")),
                        doc.get("status"),
                        docs.get(i).score,
                        "true".equals(doc.get("synthetic"))));
            }
            Map<String, Map<String, Integer>> counts = request.facets()
                    ? counts(searcher, result.facetsCollector(), DIMENSIONS, "", 20)
                    : new LinkedHashMap<>();
            return new SearchResult(result.topDocs().totalHits.value(), request.page(), request.size(), hits, counts);
        });
    }

    /**
     * @param statuses  the page asked for, best first (by name when a name was asked, else oldest first): each public
     *                  id with its public status as the index last saw the published claims (a page of hits is read
     *                  from here rather than from every hit's claims; the person page reads its claims)
     * @param facets    for each public dimension, its values among all matches with their counts
     * @param everyWord whether only names answering every word were matched (see {@link #ANY_WORD})
     */
    public record PublicResult(
            Map<String, String> statuses, long total, Map<String, Map<String, Integer>> facets, boolean everyWord) {

        /** The public ids of the page, best first. */
        public List<String> ids() {
            return List.copyOf(statuses.keySet());
        }
    }

    /**
     * The public search's parameter (value "any") that matches names sharing any one word of the query. Without it, a
     * query of two words or more first matches only names that answer every word, and falls back to any word when no
     * name does (the ranking by name then puts the names answering most words first): a reader looking for one person
     * sees that person and namesakes, not the thousands who share a common given name; and the search, which spends
     * its time on every person a query matches, stays quick when the news sends many readers at once
     * (docs/benchmarks.md).
     */
    public static final String ANY_WORD = "words";

    /**
     * The public search: only published persons, matched only on their published names, narrowed by public facets
     * (see {@link #PUBLIC_DIMENSIONS}); an empty query lists them all. It returns public ids and counts alone; the
     * public site builds everything it shows from the published records.
     */
    public PublicResult searchPublic(String q, Map<String, String> filters, int page, int size) {
        PageOf.check(page, size);
        boolean named = q != null && !q.isBlank();
        boolean everyWord = named
                && !"any".equals(filters.get(ANY_WORD))
                && NameQueries.words(q).size() >= 2;
        return withSearcher(searcher -> {
            PublicResult found = searchPublic(searcher, q, filters, page, size, everyWord);
            return found.total() == 0 && everyWord ? searchPublic(searcher, q, filters, page, size, false) : found;
        });
    }

    private PublicResult searchPublic(
            IndexSearcher searcher, String q, Map<String, String> filters, int page, int size, boolean everyWord)
            throws IOException {
        boolean named = q != null && !q.isBlank();
        List<List<NameMatch.Word>> words = named ? NameQueries.readings(q) : List.of();
        BooleanQuery base = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("published", "yes")), BooleanClause.Occur.FILTER)
                .add(
                        named ? NameQueries.query(q, words, PUBLIC_PREFIX, false, everyWord) : new MatchAllDocsQuery(),
                        named ? BooleanClause.Occur.MUST : BooleanClause.Occur.FILTER)
                .build();
        DrillDownQuery query = new DrillDownQuery(facets, base);
        filters.forEach((dimension, value) -> {
            if (PUBLIC_DIMENSIONS.contains(dimension) && value != null && !value.isBlank()) {
                query.add("pub_" + dimension, value);
            }
        });
        int wanted = (page + 1) * size;
        FacetsCollectorManager.FacetsResult result = named
                ? FacetsCollectorManager.search(
                        searcher, query, Math.max(wanted, RANKED_BY_NAME), new FacetsCollectorManager())
                : FacetsCollectorManager.search(
                        searcher,
                        query,
                        wanted,
                        new Sort(new SortField(ORDER, SortField.Type.LONG)),
                        new FacetsCollectorManager());
        List<ScoreDoc> ranked = named
                ? NameQueries.rankByName(searcher, result.topDocs().scoreDocs, words, PUBLIC_PREFIX)
                : List.of(result.topDocs().scoreDocs);
        Map<String, String> shown = PublicHits.shown(
                searcher, ranked.subList(Math.min(page * size, ranked.size()), Math.min(ranked.size(), wanted)));
        return new PublicResult(
                shown,
                result.topDocs().totalHits.value(),
                counts(searcher, result.facetsCollector(), PUBLIC_DIMENSIONS, "pub_", 50),
                everyWord);
    }

    /**
     * Which of a person's names best answers a query, compared across scripts as the search compares them (every
     * word alike): the form a reader searched by, to show beside the others.
     */
    public static String bestMatching(String q, List<String> names) {
        return PublicHits.bestMatching(q, names);
    }

    /** The top values of each dimension among the collected matches, with their counts. */
    private Map<String, Map<String, Integer>> counts(
            IndexSearcher searcher, FacetsCollector collected, List<String> dimensions, String prefix, int top)
            throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        DefaultSortedSetDocValuesReaderState state = ((FacetedSearcher) searcher).state;
        if (state == null) {
            return counts;
        }
        var facetCounts = new SortedSetDocValuesFacetCounts(state, collected);
        for (String dimension : dimensions) {
            Map<String, Integer> values = new LinkedHashMap<>();
            try {
                FacetResult best = facetCounts.getTopChildren(top, prefix + dimension);
                if (best != null) {
                    for (LabelAndValue lv : best.labelValues) {
                        values.put(lv.label, lv.value.intValue());
                    }
                }
            } catch (IllegalArgumentException noValuesYet) {
                // A dimension no document has a value for yet.
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    /** A searcher with its reader's facet ordinals (null while no document has a facet). */
    private static final class FacetedSearcher extends IndexSearcher {
        private final DefaultSortedSetDocValuesReaderState state;

        FacetedSearcher(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
            super(reader);
            this.state = state;
        }
    }

    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, facets);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
    }

    @PreDestroy
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
