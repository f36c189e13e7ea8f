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
        refused("A,B\n1,0", "noCount");
        refused("A,B,count\n1,0,-3", "negative", "row", "2");
        refused("A,B,count\n1,0,three", "notWhole", "row", "2", "cell", "three");
        refused("A,B,count\n1,0,2.5", "notWhole", "row", "2", "cell", "2.5");
        refused("A,B,C,D,E,F,G,count\n1,0,0,0,0,0,0,1", "listColumns", "count", "7");
        refused("A,count\n1,4", "listColumns", "count", "1");
        refused("A,B,count\n0,0,9", "onNoList", "row", "2");
        refused("A,B,count\n1,2,9", "zeroOrOne", "row", "2", "list", "B");
        refused("A,B,count\n1,0\n", "ragged", "row", "2", "cells", "2", "header", "3");
        refused("A,B,count\n1,0,4\n1,0,5", "repeated", "row", "3");
        refused("A,A,count\n1,0,4", "listNames");
        refused("A,B,count,count\n1,0,4,4", "countTwice");
        refused("A,B,count\n1,0,4\u0000", "notText");
        refused("A,B,count\n1,0,\uFFFD", "notText");
        refused("", "empty");
        refused("A,B,count\n1,0,99999999999", "tooLarge", "row", "2", "max", "10000000");
        refused("\"A,B,count\n1,0,4", "unclosed", "line", "\"A,B,count");
        refused("x".repeat(CaptureHistoryCsv.MAX_CHARACTERS + 1), "tooLong", "max", "200000");
    }

    /** Refused as malformed, with this reason and these values (worded by the bundle where shown). */
    private static void refused(String csv, String key, Object... namesAndValues) {
        assertThatThrownBy(() -> CaptureHistoryCsv.read(csv)).isInstanceOfSatisfying(EstimationRefused.class, e -> {
            assertThat(e.why()).isEqualTo(EstimationRefused.Why.MALFORMED_TABLE);
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.namesAndValues()).containsExactly(namesAndValues);
        });
    }
}
