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

/** An index written in parts is merged into one segment when asked, and answers every search as before. */
class SearchIndexCompactionTest {
    private static final List<String> GIVEN = List.of("Abdurehim", "Memet", "Gulnar", "Tursun", "Aynur", "Ehmet");
    private static final List<String> FAMILY = List.of("Heyit", "Tohti", "Abla", "Niyaz", "Qurban", "Rozi", "Sawut");

    private static final int PAGE = 100;

    @TempDir
    Path dir;

    SearchIndex index;

    @BeforeEach
    void open() {
        index = new SearchIndex(dir.toString());
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void anIndexWrittenInPartsIsMergedAndFindsTheSamePersons() throws Exception {
        int persons = SearchIndex.COMPACT_FROM + 200;
        for (int part = 0; part < 4; part++) {
            List<PersonDocument> documents = new ArrayList<>();
            for (int i = part; i < persons; i += 4) {
                documents.add(person(i));
            }
            index.put(documents);
            index.commitAndRefresh();
        }
        // Each found by fewer persons than a page holds, so that no tie in rank decides which persons a page shows.
        List<String> queries = new ArrayList<>(List.of(43, 9, 1014, 17, 1196).stream()
                .map(i -> person(i).displayName())
                .toList());
        queries.add(queries.getFirst().replace("Memet", "Mehmet").replace("Tohti", "Tokhti"));
        long namesakes = index.searchPublic("Memet", Map.of(), 0, PAGE).total();
        List<SearchIndex.PublicResult> before = queries.stream()
                .map(q -> index.searchPublic(q, Map.of(), 0, PAGE))
                .toList();
        assertThat(index.split()).isTrue();

        assertThat(index.compactIfSplit()).isTrue();

        assertThat(index.split()).isFalse();
        assertThat(index.compactIfSplit()).as("nothing left to merge").isFalse();
        assertThat(index.size()).isEqualTo(persons);
        assertThat(index.searchPublic("Memet", Map.of(), 0, PAGE).total())
                .isEqualTo(namesakes)
                .isGreaterThan(PAGE);
        for (int q = 0; q < queries.size(); q++) {
            SearchIndex.PublicResult after = index.searchPublic(queries.get(q), Map.of(), 0, PAGE);
            assertThat(after.total())
                    .isEqualTo(before.get(q).total())
                    .isPositive()
                    .isLessThanOrEqualTo(PAGE);
            assertThat(after.statuses())
                    .containsExactlyInAnyOrderEntriesOf(before.get(q).statuses());
        }
    }

    @Test
    void aSmallIndexIsLeftAsItIs() throws Exception {
        for (int i = 0; i < 10; i++) {
            index.put(List.of(person(i)));
            index.commitAndRefresh();
        }
        assertThat(index.split()).isFalse();
        assertThat(index.compactIfSplit()).isFalse();
    }

    private static PersonDocument person(int i) {
        String name = GIVEN.get(i % GIVEN.size()) + " " + FAMILY.get(i / GIVEN.size() % FAMILY.size()) + " " + i;
        return PersonDocument.named(i + 1, "CB-%06d".formatted(i + 1), List.of(name), List.of(name));
    }
}
