package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Which chunks two writers may write side by side (ListImportRun.standsAlone). */
class ChunkStandsAloneTest {
    @Test
    void newPersonsStandAloneEvenWhenQueuedWithADocumentedPerson() {
        assertThat(ListImportRun.standsAlone(chunk(row -> {}))).isTrue();
        assertThat(ListImportRun.standsAlone(chunk(row -> row.reviewWith = 17L)))
                .isTrue();
        assertThat(ListImportRun.standsAlone(chunk(row -> row.entry = entry(claim(12L, null)))))
                .as("a claim about a place")
                .isTrue();
    }

    @Test
    void aRowAttachingToADocumentedPersonOrToAnEarlierRowDoesNot() {
        assertThat(ListImportRun.standsAlone(chunk(row -> row.attachTo = 17L))).isFalse();
        assertThat(ListImportRun.standsAlone(chunk(row -> row.attachTo = -3L))).isFalse();
    }

    @Test
    void aRowQueuedWithAnEarlierChunksRowDoesNot() {
        assertThat(ListImportRun.standsAlone(chunk(row -> row.reviewWith = -3L)))
                .isFalse();
    }

    @Test
    void aRowClaimingAFacilityDoesNot() {
        assertThat(ListImportRun.standsAlone(chunk(row -> row.entry = entry(claim(null, "CB-F000001")))))
                .isFalse();
    }

    /** Three new persons, the middle one changed as given. */
    private static List<CheckedRow> chunk(Consumer<CheckedRow> middle) {
        List<CheckedRow> rows = List.of(new CheckedRow(2), new CheckedRow(3), new CheckedRow(4));
        rows.forEach(row -> row.entry = entry(null));
        middle.accept(rows.get(1));
        return rows;
    }

    private static ListRowReading.Entry entry(ListRowReading.ClaimDraft claim) {
        return new ListRowReading.Entry(null, null, claim, null);
    }

    private static ListRowReading.ClaimDraft claim(Long placeId, String facility) {
        return new ListRowReading.ClaimDraft("detained", "day", "2018-03-05", placeId, facility, null, null);
    }
}
