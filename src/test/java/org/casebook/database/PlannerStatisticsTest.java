package org.casebook.database;

import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When a load refreshes the statistics: after its first rows, then each time its rows double, up to the last. */
class PlannerStatisticsTest {
    private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
    private final PlannerStatistics statistics = new PlannerStatistics(jdbc);

    private void refreshed(int times) {
        verify(jdbc, times(times)).sql("analyze (skip_locked)");
    }

    @Test
    void aLoadRefreshesAtItsFirstRowsAndAtEachDoubling() {
        PlannerStatistics.Growth growth = statistics.growth(0);
        growth.wrote(PlannerStatistics.FIRST_REFRESH - 1);
        refreshed(0);
        growth.wrote(1);
        refreshed(1);
        growth.wrote(PlannerStatistics.FIRST_REFRESH - 1);
        refreshed(1);
        growth.wrote(1);
        refreshed(2);
    }

    @Test
    void aLargeBatchRefreshesOnceAndAContinuedLoadCountsFromItsFirstRow() {
        PlannerStatistics.Growth growth = statistics.growth(0);
        growth.wrote(100_000);
        refreshed(1);
        // The next doubling of the first refresh's rows past 100,000: 128,000.
        growth.wrote(27_999);
        refreshed(1);
        growth.wrote(1);
        refreshed(2);

        PlannerStatistics.Growth continued = statistics.growth(5_000);
        continued.wrote(2_999);
        refreshed(2);
        continued.wrote(1);
        refreshed(3);
    }

    @Test
    void aLoadPastTheLastRefreshLeavesTheStatisticsToAutovacuum() {
        PlannerStatistics.Growth growth = statistics.growth(0);
        growth.wrote(PlannerStatistics.LAST_REFRESH);
        refreshed(1);
        growth.wrote(PlannerStatistics.LAST_REFRESH * 8L);
        refreshed(1);

        PlannerStatistics.Growth continued = statistics.growth(PlannerStatistics.LAST_REFRESH);
        continued.wrote(PlannerStatistics.LAST_REFRESH * 4L);
        refreshed(1);
    }
}
