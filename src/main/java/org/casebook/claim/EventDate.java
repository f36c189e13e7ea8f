package org.casebook.claim;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casebook.records.Dates;

/**
 * When the claimed event happened, as precisely as the source says: "February 2019" is stored as the range
 * 1–28 Feb 2019 with precision month, so that ordering and comparison work on every precision alike.
 */
public record EventDate(DatePrecision precision, LocalDate from, LocalDate to) {
    public static final EventDate UNKNOWN = new EventDate(DatePrecision.unknown, null, null);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public boolean known() {
        return precision != DatePrecision.unknown;
    }

    /** True only when this event certainly ended before {@code other} began. */
    public boolean before(EventDate other) {
        return known() && other.known() && to.isBefore(other.from);
    }

    public String display() {
        return switch (precision) {
            case day -> DAY.format(from);
            case month -> MONTH.format(from);
            case year -> String.valueOf(from.getYear());
            case range -> DAY.format(from) + " – " + DAY.format(to);
            case unknown -> "date unknown";
        };
    }

    /**
     * The date in a reader's language and that language's order ("10 Şub 2019", "2019年2月10日"), as precise as it
     * is known; empty when it is not known at all.
     */
    public String display(Locale locale) {
        return switch (precision) {
            case day -> Dates.format(from, "yMMMd", locale);
            case month -> Dates.format(from, "yMMM", locale);
            case year -> Dates.format(from, "y", locale);
            case range -> {
                DateIntervalFormat interval = DateIntervalFormat.getInstance("yMMMd", ULocale.forLocale(locale));
                interval.setTimeZone(TimeZone.GMT_ZONE);
                yield interval.format(new DateInterval(Dates.millis(from), Dates.millis(to)));
            }
            case unknown -> "";
        };
    }

    /** As {@link #display(Locale)}, with the reader's words for a date nobody knows. */
    public String display(Locale locale, String unknown) {
        return known() ? display(locale) : unknown;
    }

    /** The value a form shows in its date field for this precision. */
    public String formValue() {
        return switch (precision) {
            case day, range -> from.toString();
            case month -> from.toString().substring(0, 7);
            case year -> String.valueOf(from.getYear());
            case unknown -> "";
        };
    }
}
