package org.casebook.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A date reads in the reader's language and order, as precise as it is known, so 02/09 is never ambiguous. */
class EventDateDisplayTest {
    private static final LocalDate HEYIT_VIDEO = LocalDate.of(2019, 2, 10);

    @Test
    void aDayIsWrittenInTheReadersLanguageAndOrder() {
        EventDate day = new EventDate(DatePrecision.day, HEYIT_VIDEO, HEYIT_VIDEO);
        assertThat(day.display(Locale.ENGLISH)).isEqualTo("Feb 10, 2019");
        assertThat(day.display(Locale.forLanguageTag("tr"))).isEqualTo("10 Şub 2019");
        assertThat(day.display(Locale.forLanguageTag("zh-Hans"))).isEqualTo("2019年2月10日");
        assertThat(day.display(Locale.forLanguageTag("ru"))).startsWith("10 февр. 2019");
        assertThat(day.display(Locale.forLanguageTag("ug"))).contains("2019").doesNotContain("02/10");
    }

    @Test
    void aMonthOrAYearIsNoMorePreciseThanItsSource() {
        EventDate month = new EventDate(DatePrecision.month, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31));
        assertThat(month.display(Locale.ENGLISH)).isEqualTo("Mar 2018");
        assertThat(month.display(Locale.forLanguageTag("zh-Hans"))).isEqualTo("2018年3月");
        assertThat(month.display(Locale.forLanguageTag("tr"))).isEqualTo("Mar 2018");
        EventDate year = new EventDate(DatePrecision.year, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
        assertThat(year.display(Locale.forLanguageTag("kk"))).matches("2017\\D*");
        assertThat(EventDate.UNKNOWN.display(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aRangeNamesBothEnds() {
        EventDate range = new EventDate(DatePrecision.range, LocalDate.of(2017, 4, 1), LocalDate.of(2018, 2, 10));
        // ICU puts thin spaces around the dash.
        assertThat(range.display(Locale.ENGLISH).replace('\u2009', ' ')).isEqualTo("Apr 1, 2017 – Feb 10, 2018");
        assertThat(range.display(Locale.forLanguageTag("zh-Hans")))
                .contains("2017年4月1日")
                .contains("2018年2月10日");
    }
}
