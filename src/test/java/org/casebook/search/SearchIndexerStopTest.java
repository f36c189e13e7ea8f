package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The server stopping while the index is merged: the merge ends before the index closes, and nothing is an error. */
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexerStopTest {
    @TempDir
    Path dir;

    @Test
    void aMergeUnderWayEndsBeforeTheIndexCloses(CapturedOutput output) throws Exception {
        SearchIndex index = split(new SearchIndex(dir.toString()));
        SearchIndexer indexer = new SearchIndexer(index, null, null, null, null);

        indexer.compactWhenSplit();
        indexer.stop();

        assertThat(index.split()).as("merged before stopping returned").isFalse();
        index.close();
        assertThat(output).doesNotContain("Merging the search index failed");
    }

    @Test
    void noMergeStartsOnceStopping() throws Exception {
        SearchIndex index = split(new SearchIndex(dir.toString()));
        SearchIndexer indexer = new SearchIndexer(index, null, null, null, null);

        indexer.stop();
        indexer.compactWhenSplit();
        assertThat(index.split()).isTrue();

        index.close();
        // The scheduler may still find the index quiet after it closed.
        assertThatCode(indexer::compactWhenSplit).doesNotThrowAnyException();
    }

    private static SearchIndex split(SearchIndex index) throws Exception {
        int persons = SearchIndex.COMPACT_FROM + 200;
        for (int part = 0; part < 4; part++) {
            List<PersonDocument> documents = new ArrayList<>();
            for (int i = part; i < persons; i += 4) {
                String name = "Memet Tohti " + i;
                documents.add(PersonDocument.named(i + 1, "CB-%06d".formatted(i + 1), List.of(name), List.of(name)));
            }
            index.put(documents);
            index.commitAndRefresh();
        }
        assertThat(index.split()).isTrue();
        return index;
    }
}
