package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A sentence's term and charge, and the facility someone is held in, as written; the text is written for this test. */
class ClaimDetailsExtractionTest {
    private final Extractor extractor = new Extractor(new ArticleReader());

    @Test
    void termChargeAndFacilityComeWithTheClaim() {
        Extraction found = extractor.extract("""
                Relatives say the doctor Nur Kamal was sentenced to 20 years in jail on terrorism-related charges.

                His sister said the teacher Adam Turner is held in a re-education camp near Kashgar.""", "Test Daily", LocalDate.of(2019, 2, 13));
        assertThat(found.claims()).anySatisfy(c -> {
            assertThat(c.subject()).isEqualTo("Nur Kamal");
            assertThat(c.type()).isEqualTo("sentenced");
            assertThat(c.term()).isEqualTo("20 years");
            assertThat(c.charge()).isEqualTo("terrorism-related charges");
        });
        assertThat(found.claims()).anySatisfy(c -> {
            assertThat(c.subject()).isEqualTo("Adam Turner");
            assertThat(c.type()).isEqualTo("held_at");
            assertThat(c.facility()).isEqualTo("re-education camp near Kashgar");
            assertThat(c.term()).isNull();
        });
    }
}
