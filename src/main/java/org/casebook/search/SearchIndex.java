package org.casebook.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.casebook.matching.NameKeys;
import org.casebook.records.PageOf;
import org.casebook.person.NameScripts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The embedded Lucene index of persons. PostgreSQL stays the source of truth: the index can be dropped and
 * rebuilt from it at any time. Changes become searchable at the next refresh (every write refreshes).
 */
@Component
public class SearchIndex {
    private static final String PUBLIC_PREFIX = "pub_";
    static final List<String> DIMENSIONS = List.of("status", "gender", "birthDecade", "hometown", "facility",
            "sourceKind", "party");

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = new FacetsConfig();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    public SearchIndex(@Value("${casebook.search.directory}") String directory) {
        try {
            this.directory = FSDirectory.open(Path.of(directory));
            this.writer = new IndexWriter(this.directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + directory, e);
        }
        for (String multi : List.of("facility", "sourceKind", "party")) {
            facets.setMultiValued(multi, true);
        }
    }

    public void put(List<PersonDocument> documents) throws IOException {
        for (PersonDocument d : documents) {
            writer.updateDocument(new Term("id", d.publicId()), facets.build(document(d)));
        }
    }

    void remove(String publicId) throws IOException {
        writer.deleteDocuments(new Term("id", publicId));
    }

    void removeAll() throws IOException {
        writer.deleteAll();
    }

    public void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many indexed persons carry this term (a name token in "name_latin", a skeleton in "name_skeleton"). */
    public long documentFrequency(String field, String term) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().docFreq(new Term(field, term));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(PersonDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", d.publicId(), Field.Store.YES));
        doc.add(new StoredField("displayName", d.displayName()));
        doc.add(new StoredField("status", d.status()));
        doc.add(new StoredField("synthetic", d.synthetic() ? "true" : "false"));
        for (String name : d.names()) {
            doc.add(new StoredField("name", name));
            nameFields(doc, "", name);
        }
        doc.add(new TextField("text", d.text(), Field.Store.NO));
        if (!d.publishedNames().isEmpty()) {
            // The public search matches only these fields, so an unpublished name cannot be found by guessing it.
            doc.add(new StringField("published", "yes", Field.Store.NO));
            d.publishedNames().forEach(name -> nameFields(doc, PUBLIC_PREFIX, name));
        }
        facet(doc, "status", d.status());
        facet(doc, "gender", d.gender());
        facet(doc, "birthDecade", d.birthDecade());
        facet(doc, "hometown", d.hometown());
        d.facilities().forEach(f -> facet(doc, "facility", f));
        d.sourceKinds().forEach(k -> facet(doc, "sourceKind", k));
        d.parties().forEach(p -> facet(doc, "party", p));
        return doc;
    }

    private static void nameFields(Document doc, String prefix, String name) {
        for (String word : NameScripts.fold(name).split("[\\s·•]+")) {
            if (!word.isBlank()) {
                doc.add(new StringField(prefix + "name_exact", word, Field.Store.NO));
            }
        }
        NameKeys.Keys keys = NameKeys.of(name);
        keys.tokens().forEach(t -> doc.add(new StringField(prefix + "name_latin", t, Field.Store.NO)));
        keys.phonetic().forEach(p -> doc.add(new StringField(prefix + "name_phonetic", p, Field.Store.NO)));
        keys.skeletons().forEach(s -> doc.add(new StringField(prefix + "name_skeleton", s, Field.Store.NO)));
    }

    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }

    /**
     * Names are matched word by word on several keys, best first: the word as written (any script), its folded
     * Latin form, one or two edits away from it, its start, and its phonetic skeleton; words from claims and
     * sources count too, less. Lucene's BM25 makes common names (Memet, Abdulla) weigh less than rare ones.
     */
    Query query(String q) {
        return query(q, "", true);
    }

    private Query query(String q, String prefix, boolean withText) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> words = java.util.Arrays.stream(NameScripts.fold(q).split("[\\s·•,]+")).filter(w -> !w.isBlank()).toList();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            boolean last = w == words.size() - 1;
            BooleanQuery.Builder forWord = new BooleanQuery.Builder();
            // Same script, same spelling: only a nudge, or namesakes in the query's script crowd out the same person
            // written in another script.
            forWord.add(new BoostQuery(new TermQuery(new Term(prefix + "name_exact", word)), 0.5f), BooleanClause.Occur.SHOULD);
            NameKeys.Keys keys = NameKeys.of(word);
            for (String token : keys.tokens()) {
                forWord.add(new BoostQuery(new TermQuery(new Term(prefix + "name_latin", token)), 1), BooleanClause.Occur.SHOULD);
                if (token.length() >= 4) {
                    // The first letter is kept fixed and expansions capped: typos rarely hit the first letter, and
                    // an open fuzzy query over a million names' terms is what makes search slow.
                    forWord.add(new BoostQuery(new FuzzyQuery(new Term(prefix + "name_latin", token), token.length() >= 7 ? 2 : 1,
                            1, 20, true), 2), BooleanClause.Occur.SHOULD);
                }
                if (last && token.length() >= 3) {
                    // Only the word being typed is completed.
                    forWord.add(new BoostQuery(new PrefixQuery(new Term(prefix + "name_latin", token)), 1.5f), BooleanClause.Occur.SHOULD);
                }
            }
            for (String phonetic : keys.phonetic()) {
                forWord.add(new BoostQuery(new TermQuery(new Term(prefix + "name_phonetic", phonetic)), 4), BooleanClause.Occur.SHOULD);
            }
            for (String skeleton : keys.skeletons()) {
                forWord.add(new BoostQuery(new TermQuery(new Term(prefix + "name_skeleton", skeleton)), 2), BooleanClause.Occur.SHOULD);
            }
            if (withText) {
                forWord.add(new BoostQuery(new TermQuery(new Term("text", word.toLowerCase(Locale.ROOT))), 0.5f),
                        BooleanClause.Occur.SHOULD);
            }
            all.add(forWord.build(), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    /**
     * The public search: only published persons, matched only on their published names. It returns public ids
     * alone; the public site builds everything it shows from the published records.
     */
    public PageOf<String> searchPublished(String q, int page, int size) {
        PageOf.check(page, size);
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("published", "yes")), BooleanClause.Occur.FILTER)
                .add(query(q, PUBLIC_PREFIX, false), BooleanClause.Occur.MUST).build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, (page + 1) * size);
                var stored = searcher.storedFields();
                List<String> ids = new ArrayList<>();
                for (int i = page * size; i < top.scoreDocs.length; i++) {
                    ids.add(stored.document(top.scoreDocs[i].doc, java.util.Set.of("id")).get("id"));
                }
                return new PageOf<>(ids, page, size, top.totalHits.value());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(SearchQuery request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                DrillDownQuery query = new DrillDownQuery(facets, query(request.q()));
                request.filters().forEach((dimension, value) -> {
                    if (DIMENSIONS.contains(dimension) && value != null && !value.isBlank()) {
                        query.add(dimension, value);
                    }
                });
                int wanted = (request.page() + 1) * request.size();
                FacetsCollectorManager.FacetsResult result = request.facets()
                        ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                        : new FacetsCollectorManager.FacetsResult(searcher.search(query, wanted), null);
                List<SearchResult.Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = result.topDocs().scoreDocs;
                var stored = searcher.storedFields();
                for (int i = request.page() * request.size(); i < docs.length; i++) {
                    Document doc = stored.document(docs[i].doc);
                    hits.add(new SearchResult.Hit(doc.get("id"), doc.get("displayName"), List.of(doc.getValues("name")),
                            doc.get("status"), docs[i].score, "true".equals(doc.get("synthetic"))));
                }
                Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
                if (request.facets() && searcher.getIndexReader().numDocs() > 0) {
                    var state = facetState(searcher.getIndexReader());
                    var facetCounts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
                    for (String dimension : DIMENSIONS) {
                        Map<String, Integer> values = new LinkedHashMap<>();
                        try {
                            FacetResult top = facetCounts.getTopChildren(20, dimension);
                            if (top != null) {
                                for (LabelAndValue lv : top.labelValues) {
                                    values.put(lv.label, lv.value.intValue());
                                }
                            }
                        } catch (IllegalArgumentException noValuesYet) {
                            // A dimension no document has a value for yet.
                        }
                        counts.put(dimension, values);
                    }
                }
                return new SearchResult(result.topDocs().totalHits.value(), request.page(), request.size(), hits, counts);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexReader facetReader;
    private DefaultSortedSetDocValuesReaderState facetState;

    /** Building the facet ordinals costs a pass over the index; do it once per reader, not once per search. */
    private synchronized DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetReader != reader) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
            facetReader = reader;
        }
        return facetState;
    }

    @PreDestroy
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

}
