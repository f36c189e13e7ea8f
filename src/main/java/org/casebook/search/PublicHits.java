package org.casebook.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.casebook.names.NameKeys;
import org.casebook.names.NameMatch;
import org.casebook.names.NameScripts;

/** What the public search tells of a page of hits: their ids and statuses, and the name form each was found by. */
final class PublicHits {
    private PublicHits() {}

    /** The public id of each of these hits, in their order, with its public status. */
    static Map<String, String> shown(IndexSearcher searcher, List<ScoreDoc> hits) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<String, String> shown = new LinkedHashMap<>();
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            String publicId = docValue(leaf, SearchIndex.PUBLIC_ID, hit.doc - leaf.docBase);
            String status = docValue(leaf, SearchIndex.PUBLIC_STATUS, hit.doc - leaf.docBase);
            shown.put(Objects.requireNonNull(publicId, "an indexed person without a public id"), status);
        }
        return shown;
    }

    /** A field's value for one document, or null when it has none. */
    private static String docValue(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
        return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    /**
     * Which of a person's names best answers a query, compared across scripts as the search compares them (every
     * word alike): the form a reader searched by, to show beside the others.
     */
    static String bestMatching(String q, List<String> names) {
        // A name written as the reader wrote it answers best of all: no need to bring every form to Latin.
        String asWritten = NameScripts.fold(q);
        for (String name : names) {
            if (NameScripts.fold(name).equals(asWritten)) {
                return name;
            }
        }
        List<List<NameMatch.Word>> readings = NameQueries.readings(q);
        String script = NameScripts.detect(q);
        String best = names.isEmpty() ? null : names.getFirst();
        double top = Double.NEGATIVE_INFINITY;
        for (String name : names) {
            List<NameMatch.Word> words = NameMatch.words(NameKeys.toLatin(name));
            double score = readings.stream()
                    .mapToDouble(query -> NameMatch.score(query, words, w -> 1.0))
                    .max()
                    .orElse(Double.NEGATIVE_INFINITY);
            // Forms of one name score alike across scripts; the one written as the reader wrote wins the tie.
            if (score > top || (score == top && script.equals(NameScripts.detect(name)))) {
                top = score;
                best = name;
            }
        }
        return best;
    }
}
