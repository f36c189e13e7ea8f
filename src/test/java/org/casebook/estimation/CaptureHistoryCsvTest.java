package org.casebook.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaptureHistoryCsvTest {
    @Test
    void readsTheRPackagesLayoutWithPatternsLeftOutAsZero() {
        CaptureHistories data = CaptureHistoryCsv.read("\uFEFFA,B,C,count\r\n1,0,0,5\n0,1,1,\"7\"\n\n");

        assertThat(data.lists()).containsExactly("A", "B", "C");
        assertThat(data.count(0b001)).isEqualTo(5);
        assertThat(data.count(0b110)).isEqualTo(7);
        assertThat(data.count(0b111)).isZero();
        assertThat(data.observed()).isEqualTo(12);
    }

    @Test
    void theCountColumnMayStandAnywhere() {
        assertThat(CaptureHistoryCsv.read("Count;X;Y\n3;1;0\n4;1;1").count(0b11))
                .isEqualTo(4);
    }

    @Test
    void badTablesAreRefusedWithOneClearLine() {
        refused("A,B\n1,0", "no column named count");
        refused("A,B,count\n1,0,-3", "Row 2: the count is negative");
        refused("A,B,count\n1,0,three", "Row 2: the count must be a whole number, not \"three\"");
        refused("A,B,count\n1,0,2.5", "must be a whole number");
        refused("A,B,C,D,E,F,G,count\n1,0,0,0,0,0,0,1", "between 2 and 6 list columns; this table has 7");
        refused("A,count\n1,4", "between 2 and 6 list columns; this table has 1");
        refused("A,B,count\n0,0,9", "Row 2: is on no list");
        refused("A,B,count\n1,2,9", "list B must be 0 or 1");
        refused("A,B,count\n1,0\n", "has 2 cells where the header has 3");
        refused("A,B,count\n1,0,4\n1,0,5", "Row 3: repeats a pattern");
        refused("A,A,count\n1,0,4", "names must not repeat");
        refused("A,B,count,count\n1,0,4,4", "count column twice");
        refused("A,B,count\n1,0,4\u0000", "not text");
        refused("A,B,count\n1,0,\uFFFD", "not text");
        refused("", "The table is empty");
        refused("A,B,count\n1,0,99999999999", "larger than");
        refused("\"A,B,count\n1,0,4", "not closed");
        refused("x".repeat(CaptureHistoryCsv.MAX_CHARACTERS + 1), "longer than");
    }

    private static void refused(String csv, String reason) {
        assertThatThrownBy(() -> CaptureHistoryCsv.read(csv))
                .isInstanceOf(EstimationRefused.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((EstimationRefused) e).why())
                .isEqualTo(EstimationRefused.Why.MALFORMED_TABLE);
    }
}
