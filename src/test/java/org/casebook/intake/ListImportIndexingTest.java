package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.search.PendingChanges;
import org.casebook.search.SearchIndex;
import org.casebook.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import's persons are queued for the search index when its run ends, not chunk by chunk; a run cut short by the
 * server stopping queues them at the next start.
 */
@SpringBootTest
class ListImportIndexingTest {
    private static final List<String> NAMES = List.of(
            "Indexlater Qurbanjan Mextumsoy", "Indexlater Tursunay Yeshilgulova", "Indexlater Ablikim Tarimbek");

    @Autowired
    ListImportRun run;

    @Autowired
    ListImports imports;

    @Autowired
    PendingChanges pending;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theImportsPersonsAreSearchableAfterItsRunAndAfterARunTheServerCutShort() throws Exception {
        long id = UploadedLists.upload(
                imports, "name,birth_year\n" + String.join(",1971\n", NAMES) + ",1971\n", "later.csv");
        ListImport done = CurrentUser.asSystem("test", () -> run.runHere(id, Integer.MAX_VALUE));
        assertThat(done.state()).isEqualTo(ListImport.State.done);
        pending.catchUp();
        List<String> publicIds =
                jdbc.sql("""
                        select p.public_id from list_import_row r join person p on p.id = r.person_id
                        where r.import_id = :id order by r.line""").param("id", id).query(String.class).list();
        assertThat(publicIds).hasSize(3);
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(found(NAMES.get(i))).as(NAMES.get(i)).contains(publicIds.get(i));
        }

        // As if the server had stopped mid-run, the import still marked running: the next start queues its persons.
        long before = lastPendingNumber();
        jdbc.sql("update list_import set state = 'running' where id = :id")
                .param("id", id)
                .update();
        run.stopInterrupted();
        assertThat(lastPendingNumber() - before).as("its three persons queued").isEqualTo(3);
        assertThat(CurrentUser.asSystem("test", () -> imports.get(id)).state()).isEqualTo(ListImport.State.stopped);
    }

    /** The search queue's last number: its rows come and go with the catch-up, the numbers only grow. */
    private long lastPendingNumber() {
        return jdbc.sql("select last_value from search_pending_seq_seq")
                .query(Long.class)
                .single();
    }

    private List<String> found(String name) {
        return index.search(new SearchQuery(name, Map.of(), 0, 10)).hits().stream()
                .map(hit -> hit.publicId())
                .toList();
    }
}
