package org.casebook.lists;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as lists write them: 2018-03-05, 2018/3/5, 2018.03.05, 05.03.2018 (day first, as Turkish and Russian lists
 * do), 2018年3月5日, 2018-03, 2018年3月, or a year alone. The precision is what the cell gives, never more.
 */
public final class ListDates {
    /** A date and how much of it the cell gave: {@code day}, {@code month} or {@code year}. */
    public record ListDate(String precision, String date) {}

    private static final Pattern YEAR_FIRST =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})(?:\\s*[-/.月]\\s*(\\d{1,2})\\s*日?)?\\s*月?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");

    private ListDates() {}

    /** The date in a cell, or null when the cell holds none that exists in the calendar. */
    public static ListDate parse(String cell) {
        if (cell == null) {
            return null;
        }
        String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        Matcher m = YEAR_FIRST.matcher(text);
        try {
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) == null) {
                    return new ListDate(
                            "month", LocalDate.of(year, month, 1).toString().substring(0, 7));
                }
                return new ListDate(
                        "day",
                        LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString());
            }
            m = DAY_FIRST.matcher(text);
            if (m.matches()) {
                LocalDate date = LocalDate.of(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                return new ListDate("day", date.toString());
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        m = YEAR.matcher(text);
        if (m.find() && text.replaceAll("[\\s年]", "").length() == 4) {
            return new ListDate("year", m.group(1));
        }
        return null;
    }

    /** The first and last year a birth-year cell gives (1963, 1960–1965, 1963-05-01), or null. */
    public static int[] years(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher m = YEAR.matcher(cell);
        if (!m.find()) {
            return null;
        }
        int from = Integer.parseInt(m.group(1));
        String rest = cell.substring(m.end()).strip();
        Matcher second = Pattern.compile("^[-–—~到至]\\s*(1[89]\\d\\d|20\\d\\d)$").matcher(rest);
        int to = second.find() ? Integer.parseInt(second.group(1)) : from;
        return new int[] {from, Math.max(from, to)};
    }
}
