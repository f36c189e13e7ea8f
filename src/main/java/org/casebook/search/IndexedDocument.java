package org.casebook.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.casebook.names.NameKeys;
import org.casebook.names.NameMatch;
import org.casebook.names.NameScripts;

/** How a person's search document becomes a Lucene document: the keys of every name, the text and the facets. */
final class IndexedDocument {
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s·•]+");

    private IndexedDocument() {}

    static Document of(PersonDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", d.publicId(), Field.Store.YES));
        // The public search reads only the ids and statuses of a page of hits: from here, not from the stored fields'
        // compressed blocks (a sixth of its time), nor from every hit's claims.
        doc.add(new BinaryDocValuesField(SearchIndex.PUBLIC_ID, new BytesRef(d.publicId())));
        doc.add(new StoredField("displayName", d.displayName()));
        doc.add(new StoredField("status", d.status()));
        doc.add(new StoredField("synthetic", d.synthetic() ? "true" : "false"));
        List<String> folded = new ArrayList<>();
        for (String name : d.names()) {
            doc.add(new StoredField("name", name));
            folded.addAll(nameFields(doc, "", name));
        }
        foldedNames(doc, "", folded);
        doc.add(new TextField("text", d.text(), Field.Store.NO));
        if (!d.publishedNames().isEmpty()) {
            // The public search matches only these fields, so an unpublished name cannot be found by guessing it.
            doc.add(new StringField("published", "yes", Field.Store.NO));
            foldedNames(
                    doc,
                    SearchIndex.PUBLIC_PREFIX,
                    d.publishedNames().stream()
                            .flatMap(name -> nameFields(doc, SearchIndex.PUBLIC_PREFIX, name).stream())
                            .toList());
        }
        facet(doc, "status", d.status());
        facet(doc, "gender", d.gender());
        facet(doc, "birthDecade", d.birthDecade());
        facet(doc, "hometown", d.hometown());
        d.facilities().forEach(f -> facet(doc, "facility", f));
        d.sourceKinds().forEach(k -> facet(doc, "sourceKind", k));
        d.parties().forEach(p -> facet(doc, "party", p));
        // Lists without a query keep the order of the records' creation.
        doc.add(new NumericDocValuesField(SearchIndex.ORDER, d.id()));
        PersonDocument.PublicFacets pub = d.publicFacets();
        if (pub != null && !d.publishedNames().isEmpty()) {
            facet(doc, "pub_status", pub.status());
            doc.add(new BinaryDocValuesField(SearchIndex.PUBLIC_STATUS, new BytesRef(pub.status())));
            facet(doc, "pub_gender", pub.gender());
            facet(doc, "pub_prefecture", pub.prefecture());
            pub.years().forEach(year -> facet(doc, "pub_year", String.valueOf(year)));
            pub.facilities().forEach(facility -> facet(doc, "pub_facility", facility));
        }
        return doc;
    }

    /**
     * Adds the keys of one name, by both its readings when it may also be untoned pinyin
     * ({@link NameKeys#pinyinReading}); returns the name in folded Latin, then its second reading if it has one.
     */
    private static List<String> nameFields(Document doc, String prefix, String name) {
        for (String word : WORD_BREAKS.split(NameScripts.fold(name))) {
            if (!word.isBlank()) {
                doc.add(new StringField(prefix + "name_exact", word, Field.Store.NO));
            }
        }
        List<NameKeys.Keys> readings = NameKeys.readings(name);
        readings.forEach(keys -> keyFields(doc, prefix, keys));
        return readings.stream().map(NameKeys.Keys::latin).toList();
    }

    private static void keyFields(Document doc, String prefix, NameKeys.Keys keys) {
        keys.tokens().forEach(t -> doc.add(new StringField(prefix + "name_latin", t, Field.Store.NO)));
        keys.tokens().stream()
                .filter(t -> t.length() >= SearchIndex.TYPO_MIN_LENGTH)
                .flatMap(t -> deletions(t).stream())
                .distinct()
                .forEach(d -> doc.add(new StringField(prefix + "name_deletion", d, Field.Store.NO)));
        List<NameMatch.Word> words = NameMatch.words(keys.latin());
        wordPairs(words, NameMatch.Word::phoneticKey)
                .forEach(p -> doc.add(new StringField(prefix + "name_pair", p, Field.Store.NO)));
        wordPairs(words, w -> w.skeletons().getFirst())
                .forEach(p -> doc.add(new StringField(prefix + "name_skeleton_pair", p, Field.Store.NO)));
        keys.phonetic().forEach(p -> doc.add(new StringField(prefix + "name_phonetic", p, Field.Store.NO)));
        if (words.size() == 1) {
            keys.tokens()
                    .forEach(t ->
                            doc.add(new StringField(prefix + "name_latin", SearchIndex.ONE_WORD + t, Field.Store.NO)));
            keys.phonetic()
                    .forEach(p -> doc.add(
                            new StringField(prefix + "name_phonetic", SearchIndex.ONE_WORD + p, Field.Store.NO)));
        }
        keys.skeletons().forEach(s -> doc.add(new StringField(prefix + "name_skeleton", s, Field.Store.NO)));
    }

    /**
     * The names in folded Latin, one per line, for ranking the candidates the keys found (NameMatch) without
     * transliterating every name again; doc values, because reading stored fields for a hundred candidates
     * costs more than the search itself.
     */
    private static void foldedNames(Document doc, String prefix, List<String> folded) {
        doc.add(new BinaryDocValuesField(prefix + "name_folded", new BytesRef(String.join("\n", folded))));
    }

    /** The word and every form of it with one letter left out: two words share one iff they are about a typo apart. */
    static Set<String> deletions(String token) {
        Set<String> out = new LinkedHashSet<>();
        out.add(token);
        for (int i = 0; i < token.length(); i++) {
            out.add(token.substring(0, i) + token.substring(i + 1));
        }
        return out;
    }

    /**
     * Every two words of one name, as one key (in either order): a person whose name holds both words of a query
     * ranks above the many who share only one of them, which matters most for names like Zakir Zakir.
     */
    static Set<String> wordPairs(List<NameMatch.Word> words, Function<NameMatch.Word, String> key) {
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                String a = key.apply(words.get(i));
                String b = key.apply(words.get(j));
                pairs.add(a.compareTo(b) <= 0 ? a + " " + b : b + " " + a);
            }
        }
        return pairs;
    }

    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }
}
