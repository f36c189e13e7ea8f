package org.casebook.records;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How a moment is shown to people: to the minute, in UTC, said so ("2026-11-29 05:02 UTC"). */
public final class Times {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Times() {}

    public static String of(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
