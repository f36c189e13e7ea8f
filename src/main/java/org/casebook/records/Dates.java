package org.casebook.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

public final class Dates {
    private Dates() {}

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
