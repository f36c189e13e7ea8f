package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Relative dates are resolved against the article's date (a Wednesday, 13 February 2019, like the seed article). */
class EventDateExtractionTest {
    private final Extractor extractor = new Extractor(new ArticleReader());

    @Test
    void lateSundayInAnArticleOfWednesdayIsTheSundayBefore() {
        Extraction found = extractor.extract("""
                Relatives say the teacher Adam Turner was detained late Sunday in Kashgar.

                His sister said in March last year that the engineer Maria Lopez had been sentenced.""", "Test Daily", LocalDate.of(2019, 2, 13));
        assertThat(found.claims()).anySatisfy(c -> {
            assertThat(c.subject()).isEqualTo("Adam Turner");
            assertThat(c.type()).isEqualTo("detained");
            assertThat(c.eventDate()).isEqualTo("2019-02-10");
        });
        assertThat(found.claims()).anySatisfy(c -> {
            assertThat(c.subject()).isEqualTo("Maria Lopez");
            assertThat(c.type()).isEqualTo("sentenced");
            assertThat(c.eventDate()).isEqualTo("2018-03");
        });
    }
}
