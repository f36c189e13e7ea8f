package org.casebook.web;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Optional;

/**
 * Whole numbers written in a language's digits and grouping exactly as ICU's message formats write them, without
 * ICU's number formatter: a public page fills a version, a ledger entry and a revision into its texts, and ICU's
 * formatter was a twentieth of the page's time. A language whose numbers this cannot reproduce (it checks itself
 * against ICU on a range of numbers before it is used) keeps ICU.
 */
final class Numerals {
    private static final long[] CHECKED = {
        0,
        7,
        12,
        999,
        1000,
        1234,
        9999,
        10000,
        12345,
        99999,
        100000,
        123456,
        1234567,
        12345678,
        123456789,
        1234567890123L,
        -1,
        -999,
        -1000,
        -12345,
        -1234567,
        Long.MAX_VALUE,
        Long.MIN_VALUE + 1
    };

    private final String[] digits;
    private final String grouping;
    private final String minus;
    private final int size;
    private final int secondarySize;
    private final int minimumGrouping;

    private Numerals(String[] digits, String grouping, String minus, int size, int secondarySize, int minimumGrouping) {
        this.digits = digits;
        this.grouping = grouping;
        this.minus = minus;
        this.size = size;
        this.secondarySize = secondarySize;
        this.minimumGrouping = minimumGrouping;
    }

    /** A language's numerals, when they write every checked number as ICU does. */
    static Optional<Numerals> of(ULocale locale) {
        if (!(NumberFormat.getInstance(locale) instanceof DecimalFormat icu)) {
            return Optional.empty();
        }
        DecimalFormatSymbols symbols = icu.getDecimalFormatSymbols();
        Numerals numerals = new Numerals(
                symbols.getDigitStrings(),
                icu.isGroupingUsed() ? symbols.getGroupingSeparatorString() : null,
                symbols.getMinusSignString(),
                icu.getGroupingSize(),
                icu.getSecondaryGroupingSize(),
                Math.max(1, icu.getMinimumGroupingDigits()));
        for (long number : CHECKED) {
            if (!numerals.format(number).equals(icu.format(number))) {
                return Optional.empty();
            }
        }
        return Optional.of(numerals);
    }

    String format(long number) {
        String ascii = Long.toString(number);
        int first = number < 0 ? 1 : 0;
        int length = ascii.length() - first;
        boolean grouped = grouping != null && size > 0 && length >= size + minimumGrouping;
        StringBuilder out = new StringBuilder(ascii.length() * 2);
        if (number < 0) {
            out.append(minus);
        }
        for (int i = first; i < ascii.length(); i++) {
            out.append(digits[ascii.charAt(i) - '0']);
            int after = ascii.length() - 1 - i;
            if (grouped && after > 0 && groupEndsBefore(after)) {
                out.append(grouping);
            }
        }
        return out.toString();
    }

    /** Whether a separator goes where {@code after} digits remain to the right. */
    private boolean groupEndsBefore(int after) {
        if (after < size) {
            return false;
        }
        int step = secondarySize > 0 ? secondarySize : size;
        return (after - size) % step == 0;
    }
}
