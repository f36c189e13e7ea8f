package org.casebook.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.junit.jupiter.api.Test;

class EventDateParsingTest {
    private static EventDate parse(String precision, String date, String dateTo) {
        InputChecks.Collector problems = new InputChecks.Collector();
        EventDate result = ClaimChecks.eventDate(
                new ClaimCommand(
                        null, null, null, null, null, null, null, precision, date, dateTo, null, null, null, null, null,
                        null, null, null, null, null, null),
                problems);
        problems.throwIfAny();
        return result;
    }

    @Test
    void monthAndYearBecomeRanges() {
        assertThat(parse("month", "2019-02", null))
                .isEqualTo(new EventDate(DatePrecision.month, LocalDate.of(2019, 2, 1), LocalDate.of(2019, 2, 28)));
        assertThat(parse("year", "2017", null))
                .isEqualTo(new EventDate(DatePrecision.year, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)));
        assertThat(parse("day", "2019-02-10", null).display()).isEqualTo("10 Feb 2019");
        assertThat(parse(null, null, null)).isEqualTo(EventDate.UNKNOWN);
    }

    @Test
    void impossibleDatesAreRefusedAgainstTheirField() {
        assertThatThrownBy(() -> parse("day", "2019-02-30", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> parse("month", "2019-13", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("date: must be a month");
        assertThatThrownBy(() -> parse("range", "2019-03-01", "2019-02-01"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("dateTo");
        assertThatThrownBy(() -> parse("year", "1700", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("1850");
        assertThatThrownBy(() -> parse("sometime", "2019", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("datePrecision");
    }

    @Test
    void ordersOnlyWhatIsCertainlyEarlier() {
        EventDate feb = parse("month", "2019-02", null);
        EventDate tenth = parse("day", "2019-02-10", null);
        EventDate march = parse("day", "2019-03-01", null);
        assertThat(feb.before(march)).isTrue();
        assertThat(feb.before(tenth)).isFalse();
        assertThat(EventDate.UNKNOWN.before(march)).isFalse();
        assertThat(march.before(EventDate.UNKNOWN)).isFalse();
    }
}
