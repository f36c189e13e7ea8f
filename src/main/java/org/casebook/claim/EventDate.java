package org.casebook.claim;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

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
        ULocale language = ULocale.forLocale(locale);
        return switch (precision) {
            case day -> format("yMMMd", language, from);
            case month -> format("yMMM", language, from);
            case year -> format("y", language, from);
            case range -> {
                DateIntervalFormat interval = DateIntervalFormat.getInstance("yMMMd", language);
                interval.setTimeZone(TimeZone.GMT_ZONE);
                yield interval.format(new DateInterval(millis(from), millis(to)));
            }
            case unknown -> "";
        };
    }

    private static String format(String skeleton, ULocale language, LocalDate date) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, language);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(new Date(millis(date)));
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
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
