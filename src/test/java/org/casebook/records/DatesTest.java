package org.casebook.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void aDayKeepsItsWordsInEachLanguageAndPrecision() {
        LocalDate day = LocalDate.of(2019, 2, 10);
        for (int round = 0; round < 2; round++) { // the second round reads what the first kept
            for (Locale locale :
                    List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"), Locale.forLanguageTag("zh-Hans"))) {
                for (String skeleton : List.of("yMMMd", "yMMM", "y")) {
                    assertThat(Dates.format(day, skeleton, locale))
                            .as(locale + " " + skeleton)
                            .isEqualTo(icu(day, skeleton, locale));
                }
            }
        }
        assertThat(Dates.format(day, "yMMMd", Locale.forLanguageTag("tr"))).isEqualTo("10 Şub 2019");
        assertThat(Dates.format(day.plusDays(1), "yMMMd", Locale.ENGLISH)).isEqualTo("Feb 11, 2019");
    }

    private static String icu(LocalDate day, String skeleton, Locale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(new Date(Dates.millis(day)));
    }
}
