package org.casebook.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's statistics of every table, refreshed as a bulk load grows them, as its manual advises after loading
 * data. A connection keeps the plan of a statement it runs often, made with the table sizes known then, and autovacuum
 * may take minutes to notice a table has grown: measured, a plan made while {@code claim} was nearly empty read the
 * whole table for each chunk of an import until the import ended (25 ms a query at 200,000 claims, against 0.5 ms).
 */
@Component
public class PlannerStatistics {
    /** Rows a load writes before the first refresh; the next come each time its rows double. */
    public static final int FIRST_REFRESH = 2_000;
    /**
     * Rows after which a load leaves the statistics to autovacuum (it analyzes a table again once a tenth of it has
     * changed). The plans that go wrong are made while a table is nearly empty; by here every lookup is planned on an
     * index, and each later refresh sampled every table again, the ledger's and revisions' millions of rows included.
     */
    public static final int LAST_REFRESH = 128_000;

    private final JdbcClient jdbc;

    PlannerStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Samples every table again; the plans made with the old figures are made again on their next use. A table that
     * autovacuum is working on is left to it, rather than the load waiting for it.
     */
    public void refresh() {
        jdbc.sql("analyze (skip_locked)").update();
    }

    /** A load that has already written {@code rows} (when it continues), refreshing as it writes more. */
    public Growth growth(long rows) {
        return new Growth(rows);
    }

    /** One load's rows written so far, and where the next refresh comes. */
    public final class Growth {
        private long rows;
        private long refreshAt = FIRST_REFRESH;

        private Growth(long rows) {
            this.rows = rows;
            passRows();
        }

        /** Counts rows written, and refreshes the statistics when they reach the next doubling up to the last. */
        public void wrote(long written) {
            rows += written;
            if (rows >= refreshAt && refreshAt <= LAST_REFRESH) {
                refresh();
                passRows();
            }
        }

        private void passRows() {
            while (refreshAt <= rows) {
                refreshAt *= 2;
            }
        }
    }
}
