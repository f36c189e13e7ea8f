package org.casebook.records;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class Dates {
    private Dates() {}

    /**
     * A day in a language's own words and order, as precise as an ICU skeleton asks ("yMMMd" → "10 Şub 2019",
     * "yMMM" → "Şub 2019", "y" → "2019").
     */
    public static String format(LocalDate day, String skeleton, Locale locale) {
        // A record's pages show the same few thousand days again and again, each written by a cloned ICU format;
        // the words are kept instead, up to a bound, so that no run of distinct days can fill the memory.
        Written key = new Written(day, skeleton, locale);
        String known = WRITTEN.get(key);
        if (known != null) {
            return known;
        }
        // Building a format from a skeleton costs far more than formatting; each use gets its own copy, since ICU's
        // formats are not safe to share between threads.
        DateFormat prototype = FORMATS.computeIfAbsent(skeleton + "|" + locale.toLanguageTag(), k -> {
            DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(locale));
            format.setTimeZone(TimeZone.GMT_ZONE);
            return format;
        });
        String words = ((DateFormat) prototype.clone()).format(new Date(millis(day)));
        if (WRITTEN.size() >= WRITTEN_AT_MOST) {
            WRITTEN.clear();
        }
        WRITTEN.put(key, words);
        return words;
    }

    private record Written(LocalDate day, String skeleton, Locale locale) {}

    private static final int WRITTEN_AT_MOST = 50_000;
    private static final Map<Written, String> WRITTEN = new ConcurrentHashMap<>();
    private static final Map<String, DateFormat> FORMATS = new ConcurrentHashMap<>();

    /** A day's start in UTC, as ICU's date formats count time. */
    public static long millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** Parses an ISO date (2019-02-10), reporting an impossible one (2019-02-30) against its field. */
    public static LocalDate parse(String value, String field, InputChecks.Collector problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1850 || date.getYear() > 2100) {
                problems.problem(field, "must lie between 1850 and 2100", "error.date.range");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.problem(field, "must be a real date written YYYY-MM-DD", "error.date.invalid");
            return null;
        }
    }
}
