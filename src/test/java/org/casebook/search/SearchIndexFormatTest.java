package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index left by an older Casebook is known as such, so the indexer rebuilds it at start. */
class SearchIndexFormatTest {
    @TempDir
    Path dir;

    @Test
    void anIndexWithoutTheCurrentFormatMarkIsOlder() throws Exception {
        try (var directory = FSDirectory.open(dir);
                var old = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "CB-000001", Field.Store.YES));
            old.addDocument(doc);
            old.commit();
        }
        SearchIndex index = new SearchIndex(dir.toString());
        assertThat(index.writtenInAnOlderFormat()).isTrue();
        index.removeAll();
        index.put(List.of(PersonDocument.named(1, "CB-000001", List.of("Abdurehim Heyit"), List.of())));
        index.commitAndRefresh();
        assertThat(index.writtenInAnOlderFormat()).isFalse();
        index.close();

        SearchIndex reopened = new SearchIndex(dir.toString());
        assertThat(reopened.writtenInAnOlderFormat()).isFalse();
        assertThat(reopened.size()).isEqualTo(1);
        reopened.close();
    }

    @Test
    void aNewEmptyIndexIsNotOlder() throws Exception {
        SearchIndex index = new SearchIndex(dir.toString());
        assertThat(index.writtenInAnOlderFormat()).isFalse();
        index.close();
    }
}
