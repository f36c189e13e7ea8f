package org.casebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.casebook.names.NameKeys;
import org.casebook.names.NameMatch;
import org.casebook.names.NameScripts;

/** How a name query gathers candidates from the index's keys, and how the candidates are put in order by name. */
final class NameQueries {
    // What one query word can score by each key (only its best key counts in full); two words of the query found
    // together in one name score again. Tuned on generated data (docs/benchmarks.md).
    private static final float LATIN_BOOST = 2;
    private static final float FUZZY_BOOST = 2;
    private static final float PHONETIC_BOOST = 2;
    private static final float SKELETON_BOOST = 2;
    private static final float PAIR_BOOST = 3;

    private NameQueries() {}

    /**
     * The query's words in folded Latin, for the word-pair keys and for ranking by name: as written, then as untoned
     * pinyin when it may be that ({@link NameKeys#pinyinReading}). Empty for no query.
     */
    static List<List<NameMatch.Word>> readings(String q) {
        return q == null
                ? List.of()
                : NameKeys.readings(q).stream()
                        .map(keys -> NameMatch.words(keys.latin()))
                        .toList();
    }

    /** The query's words as the index's keys are looked up: folded, split at spaces and name separators. */
    static List<String> words(String q) {
        return q == null
                ? List.of()
                : Arrays.stream(NameScripts.fold(NameKeys.syllablesJoined(q)).split("[\\s·•,]+"))
                        .filter(w -> !w.isBlank())
                        .toList();
    }

    /**
     * @param everyWord match only names that answer every word of the query (by any of its keys; the public search
     *                  asks it of two words or more); otherwise any one word is enough
     */
    static Query query(
            String q, List<List<NameMatch.Word>> readings, String prefix, boolean withText, boolean everyWord) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> words = words(q);
        // Flat when any word will do, so that scores stay exactly as the evaluation measured them. Nested, the words
        // score the same, and Lucene steps through the persons of the rarest word alone. ("All but one of three"
        // was tried: Lucene steps through every person of all but the commonest word, twice the time.)
        BooleanQuery.Builder byWord = everyWord ? new BooleanQuery.Builder() : all;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            boolean last = w == words.size() - 1;
            List<Query> forWord = new ArrayList<>();
            // Same script, same spelling: only a nudge, or namesakes in the query's script crowd out the same person
            // written in another script.
            forWord.add(new BoostQuery(new TermQuery(new Term(prefix + "name_exact", word)), 0.5f));
            for (NameKeys.Keys keys : NameKeys.readings(word)) {
                for (String token : keys.tokens()) {
                    forWord.add(new BoostQuery(new TermQuery(new Term(prefix + "name_latin", token)), LATIN_BOOST));
                    forWord.add(new BoostQuery(
                            new TermQuery(new Term(prefix + "name_latin", SearchIndex.ONE_WORD + token)), LATIN_BOOST));
                    if (token.length() >= SearchIndex.TYPO_MIN_LENGTH) {
                        // A typo away: the word or any of its one-letter deletions meets the indexed ones (as one term,
                        // so a name counts once however many deletions it shares). Term lookups, unlike a fuzzy query's
                        // walk over a million names' terms.
                        SynonymQuery.Builder typos = new SynonymQuery.Builder(prefix + "name_deletion");
                        IndexedDocument.deletions(token)
                                .forEach(d -> typos.addTerm(new Term(prefix + "name_deletion", d)));
                        forWord.add(new BoostQuery(typos.build(), FUZZY_BOOST));
                    }
                    if (last && token.length() >= 3) {
                        // Only the word being typed is completed.
                        forWord.add(new BoostQuery(new PrefixQuery(new Term(prefix + "name_latin", token)), 1.5f));
                    }
                }
                for (String phonetic : keys.phonetic()) {
                    forWord.add(new BoostQuery(
                            new TermQuery(new Term(prefix + "name_phonetic", phonetic)), PHONETIC_BOOST));
                    forWord.add(new BoostQuery(
                            new TermQuery(new Term(prefix + "name_phonetic", SearchIndex.ONE_WORD + phonetic)),
                            PHONETIC_BOOST));
                }
                for (String skeleton : keys.skeletons()) {
                    forWord.add(new BoostQuery(
                            new TermQuery(new Term(prefix + "name_skeleton", skeleton)), SKELETON_BOOST));
                }
            }
            if (withText) {
                forWord.add(new BoostQuery(new TermQuery(new Term("text", word.toLowerCase(Locale.ROOT))), 0.5f));
            }
            // The best key of each word counts (only), so a name matching two words of the query
            // by sound outranks one matching a single word by every key.
            byWord.add(
                    new DisjunctionMaxQuery(forWord, 0),
                    everyWord ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        if (everyWord) {
            all.add(byWord.build(), BooleanClause.Occur.MUST);
        }
        for (List<NameMatch.Word> queryWords : readings) {
            for (String pair : IndexedDocument.wordPairs(queryWords, NameMatch.Word::phoneticKey)) {
                all.add(
                        new BoostQuery(new TermQuery(new Term(prefix + "name_pair", pair)), PAIR_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
            for (String pair :
                    IndexedDocument.wordPairs(queryWords, w -> w.skeletons().getFirst())) {
                all.add(
                        new BoostQuery(new TermQuery(new Term(prefix + "name_skeleton_pair", pair)), PAIR_BOOST / 2),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return all.build();
    }

    /**
     * The best candidates by keys, reordered by how well one of their names answers the query word for word
     * ({@link NameMatch}); the score becomes that name score (the key score breaks ties). Hits past these keep
     * the keys' order: they match the query by a single word at best.
     */
    static List<ScoreDoc> rankByName(
            IndexSearcher searcher, ScoreDoc[] docs, List<List<NameMatch.Word>> readings, String prefix)
            throws IOException {
        if (readings.isEmpty() || readings.getFirst().isEmpty() || docs.length == 0) {
            return List.of(docs);
        }
        IndexReader reader = searcher.getIndexReader();
        double population = Math.max(reader.numDocs(), 1);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (NameMatch.Word word : readings.stream().flatMap(List::stream).toList()) {
            weights.putIfAbsent(
                    word.phoneticKey(),
                    Math.log(1
                            + population
                                    / (1 + reader.docFreq(new Term(prefix + "name_phonetic", word.phoneticKey())))));
        }
        int ranked = Math.min(docs.length, SearchIndex.RANKED_BY_NAME);
        ScoreDoc[] byDoc = Arrays.copyOf(docs, ranked);
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        List<Ranked> out = new ArrayList<>(ranked);
        BinaryDocValues folded = null;
        NumericDocValues created = null;
        int leaf = -1;
        for (ScoreDoc hit : byDoc) {
            int at = ReaderUtil.subIndex(hit.doc, leaves);
            if (at != leaf) {
                leaf = at;
                folded = leaves.get(at).reader().getBinaryDocValues(prefix + "name_folded");
                created = leaves.get(at).reader().getNumericDocValues(SearchIndex.ORDER);
            }
            double best = Double.NEGATIVE_INFINITY;
            if (folded != null && folded.advanceExact(hit.doc - leaves.get(at).docBase)) {
                for (String name : folded.binaryValue().utf8ToString().split("\n")) {
                    List<NameMatch.Word> words = NameMatch.words(name);
                    for (List<NameMatch.Word> query : readings) {
                        best = Math.max(best, NameMatch.score(query, words, w -> weights.get(w.phoneticKey())));
                    }
                }
            }
            // Candidates found only through claims' and sources' text have no name score and come after names.
            out.add(new Ranked(
                    new ScoreDoc(
                            hit.doc,
                            best == Double.NEGATIVE_INFINITY
                                    ? -1000 + hit.score * 1e-3f
                                    : (float) best + hit.score * 1e-4f),
                    created != null && created.advanceExact(hit.doc - leaves.get(at).docBase)
                            ? created.longValue()
                            : Long.MAX_VALUE));
        }
        // Names that answer alike (namesakes found by the same keys) come oldest record first, not in the index's
        // order, which changes whenever a record is indexed again.
        out.sort(Comparator.comparing((Ranked r) -> -r.hit().score).thenComparingLong(Ranked::created));
        List<ScoreDoc> inOrder = new ArrayList<>(docs.length);
        out.forEach(r -> inOrder.add(r.hit()));
        inOrder.addAll(List.of(docs).subList(ranked, docs.length));
        return inOrder;
    }

    private record Ranked(ScoreDoc hit, long created) {}
}
