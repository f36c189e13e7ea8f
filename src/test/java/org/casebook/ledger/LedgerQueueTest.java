package org.casebook.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every revision written, one at a time or hundreds in one COPY, is queued for the ledger in the order of its id; a
 * statement's revisions as one row.
 */
@SpringBootTest
class LedgerQueueTest {
    @Autowired
    RevisionLog revisions;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void revisionsCopiedInBulkAreEachQueuedOnceInTheirOrder() {
        // Rolled back: the revisions are of no record, and the sequencer never sees them.
        transaction.executeWithoutResult(status -> {
            long before = jdbc.sql("select coalesce(max(id), 0) from revision")
                    .query(Long.class)
                    .single();
            List<RevisionLog.NewRevision> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                many.add(new RevisionLog.NewRevision(
                        RecordType.place, -1 - i, 1, Revision.Action.create, "tests", null, Map.of("n", i)));
            }
            revisions.appendMany(dataSource, many);
            List<Long> written = jdbc.sql("select id from revision where id > :before order by id")
                    .param("before", before)
                    .query(Long.class)
                    .list();
            List<Long> queued = jdbc.sql(
                            "select id from ledger_queue, unnest(ref_ids) with ordinality as queued (id, n)"
                                    + " where entry_type = 'revision' and id > :before order by seq, n")
                    .param("before", before)
                    .query(Long.class)
                    .list();
            assertThat(written).hasSize(300);
            assertThat(queued).isEqualTo(written);
            assertThat(jdbc.sql(
                                    "select count(*) from ledger_queue where entry_type = 'revision' and ref_ids[1] > :before")
                            .param("before", before)
                            .query(Long.class)
                            .single())
                    .as("one row for the statement, not one for each revision")
                    .isEqualTo(1);
            status.setRollbackOnly();
        });
    }
}
