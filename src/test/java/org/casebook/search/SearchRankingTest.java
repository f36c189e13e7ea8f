package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order of name hits, on an index of its own (no database). */
class SearchRankingTest {
    private static final List<String> FATHERS = List.of(
            "Tursun",
            "Qurban",
            "Abdulla",
            "Ehmet",
            "Yasin",
            "Alim",
            "Kerim",
            "Polat",
            "Hesen",
            "Osman",
            "Sabir",
            "Zunun",
            "Nasir",
            "Ekrem",
            "Imin",
            "Rozi",
            "Adil",
            "Obul",
            "Wahit",
            "Jappar",
            "Turghun",
            "Tahir",
            "Ilham",
            "Rustem",
            "Mutellip",
            "Perhat",
            "Dilshat",
            "Ekber",
            "Isaq",
            "Sherip");

    @TempDir
    Path dir;

    SearchIndex index;
    int next;

    @BeforeEach
    void open() {
        index = new SearchIndex(dir.toString());
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private void add(String id, List<String> names, List<String> published) throws Exception {
        index.put(List.of(PersonDocument.named(next++, id, names, published)));
    }

    private void namesakes(String given) throws Exception {
        for (String father : FATHERS) {
            add(given + "-" + father, List.of(given + " " + father), List.of(given + " " + father));
        }
    }

    private List<String> ids(String q) {
        return index.search(new SearchQuery(q, Map.of(), 0, 10)).hits().stream()
                .map(SearchResult.Hit::publicId)
                .toList();
    }

    @Test
    void untonedPinyinFindsTheNameAsUyghursWriteItAndTheOtherWayRound() throws Exception {
        namesakes("Abdurehim");
        add("heyit", List.of("Abdurehim Heyit"), List.of("Abdurehim Heyit"));
        add("tursun", List.of("Maimaiti Tuerxun"), List.of("Maimaiti Tuerxun"));
        namesakes("Memet");
        index.commitAndRefresh();
        assertThat(ids("Abudureyimu Haiyiti").getFirst()).isEqualTo("heyit");
        assertThat(ids("Memet Tursun").getFirst()).isEqualTo("tursun");
        assertThat(index.searchPublic("Abudureyimu Haiyiti", Map.of(), 0, 10).ids())
                .as("the public search, names answering every word")
                .containsExactly("heyit");
    }

    @Test
    void pinyinASyllableAtATimeFindsTheNameAndIsFoundByIt() throws Exception {
        namesakes("Abdurehim");
        add("heyit", List.of("Abdurehim Heyit"), List.of("Abdurehim Heyit"));
        add("tursun", List.of("mǎi mǎi tí · tǔ ěr xùn"), List.of("mǎi mǎi tí · tǔ ěr xùn"));
        namesakes("Memet");
        index.commitAndRefresh();
        for (String q : new String[] {"ā bù dū rè yī mù · hǎi yī tí", "A bu du re yi mu Hai yi ti"}) {
            assertThat(ids(q).getFirst()).as(q).isEqualTo("heyit");
            assertThat(index.searchPublic(q, Map.of(), 0, 10).ids()).as(q).containsExactly("heyit");
        }
        assertThat(ids("Memet Tursun").getFirst()).isEqualTo("tursun");
    }

    @Test
    void aDoubledNameFindsItsOwnerFirstAmongNamesakes() throws Exception {
        namesakes("Zakir");
        add("zakir-zakir", List.of("زاكىر زاكىر"), List.of());
        index.commitAndRefresh();
        assertThat(ids("Zakir Zakir").getFirst()).isEqualTo("zakir-zakir");
    }

    @Test
    void aGivenNameAloneRanksAboveNamesakesWithAnotherFather() throws Exception {
        namesakes("Mehriban");
        add("mehriban", List.of("Мәһрибан"), List.of());
        index.commitAndRefresh();
        List<String> ids = ids("Mehriban Erkinjan");
        assertThat(ids.getFirst()).isEqualTo("mehriban");
    }

    @Test
    void aOneWordRecordIsAmongTheCandidatesWhenMoreThanAHundredLongerNamesShareOneQueryWord() throws Exception {
        for (String other : FATHERS) {
            for (String name : List.of("Nijat " + other, other + " Nijat", "Ababekri " + other, other + " Ababekri")) {
                add(name, List.of(name), List.of());
            }
        }
        // Indexed last: among names tied on the query's words, Lucene would keep the earlier documents.
        add("nicat", List.of("Nicat"), List.of());
        index.commitAndRefresh();
        assertThat(FATHERS.size() * 4).isGreaterThan(SearchIndex.RANKED_BY_NAME);
        assertThat(ids("Ababekri Nijat")).contains("nicat");
    }

    @Test
    void aTurkishSpellingWithTyposStillFindsThePerson() throws Exception {
        namesakes("Abdughappar");
        namesakes("Ehmetjan");
        add("target", List.of("Abdughappar Ehmetjan"), List.of());
        index.commitAndRefresh();
        assertThat(ids("Abduğappar Ehmetcan").getFirst()).isEqualTo("target");
        assertThat(ids("Abduğapar Ehmteccan")).contains("target");
    }

    @Test
    void thePublicOrderComesFromPublishedNamesOnly() throws Exception {
        namesakes("Mehriban");
        add("hidden-name", List.of("Mehriban Erkinjan", "Mehriban Tursunay Obul"), List.of("Mehriban Tursunay Obul"));
        add("public-name", List.of("Mehriban Erkinjan"), List.of("Mehriban Erkinjan"));
        index.commitAndRefresh();
        assertThat(ids("Mehriban Erkinjan").subList(0, 2)).containsExactlyInAnyOrder("hidden-name", "public-name");
        // Every word: only the published name answers both; the unpublished spelling does not count.
        assertThat(index.searchPublic("Mehriban Erkinjan", Map.of(), 0, 40).ids())
                .containsExactly("public-name");
        List<String> ids =
                new ArrayList<>(index.searchPublic("Mehriban Erkinjan", Map.of(SearchIndex.ANY_WORD, "any"), 0, 40)
                        .ids());
        assertThat(ids.getFirst()).isEqualTo("public-name");
        // The unpublished spelling lifts nobody: by its published name (two words unmatched) it comes after the
        // thirty namesakes (one word unmatched).
        assertThat(ids.indexOf("hidden-name")).isEqualTo(31);
    }
}
