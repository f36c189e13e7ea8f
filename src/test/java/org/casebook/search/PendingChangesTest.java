package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class PendingChangesTest {
    @Autowired
    PendingChanges pending;

    @Autowired
    SearchIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPendingChangeOfALongRunIsIndexedCommittedAndOnlyThenForgotten() throws Exception {
        long heyit = jdbc.sql("select id from person where public_id = 'CB-000001'")
                .query(Long.class)
                .single();
        // Gone from the index, as a change is when the server stops before the index commits: the pending rows
        // alone must bring it back, searchable when the catch-up ends.
        index.remove("CB-000001");
        index.refresh();
        assertThat(index.search(new SearchQuery("Abdurehim Heyit", Map.of(), 0, 5))
                        .hits())
                .noneMatch(hit -> hit.publicId().equals("CB-000001"));
        // More rows than one batch, so the catch-up goes round several times before it commits.
        List<Long> seqs = jdbc.sql(
                        "insert into search_pending (person_id) select :id from generate_series(1, 2500) returning seq")
                .param("id", heyit)
                .query(Long.class)
                .list();
        assertThat(seqs).hasSize(2500);
        pending.catchUp();
        assertThat(jdbc.sql("select count(*) from search_pending where seq = any(:seqs)")
                        .param("seqs", seqs.toArray(Long[]::new))
                        .query(Long.class)
                        .single())
                .as("every row this run wrote, forgotten once committed")
                .isZero();
        assertThat(index.search(new SearchQuery("Abdurehim Heyit", Map.of(), 0, 5))
                        .hits()
                        .getFirst()
                        .publicId())
                .isEqualTo("CB-000001");
    }
}
