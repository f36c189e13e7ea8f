package org.casebook.names;

import java.util.Locale;
import java.util.regex.Pattern;
import org.casebook.records.InvalidInput;

/**
 * National identity numbers, which leaked lists and official documents give and which tell two records of one
 * person apart from namesakes better than any name. A number is a secret field of its person (never shown publicly,
 * never in revisions) and is compared in one form: without spaces, hyphens or dots, in capitals. A number in the
 * form of a PRC resident identity card (17 digits and a check character) must carry the right check character
 * (GB 11643-1999, ISO 7064 MOD 11-2), so a mistyped digit is caught when it is entered instead of hiding a duplicate.
 */
public final class NationalIds {
    /** The person's secret field that holds the number, and the form field that asks for it. */
    public static final String FIELD = "national_id";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Compiled once: an import normalizes a number for each of its rows, and the check again. */
    private static final Pattern LEFT_OUT = Pattern.compile("[\\s\\-.]");

    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z]{4,32}");
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dX]");

    private NationalIds() {}

    /** The form numbers are compared in; the message never repeats the number, which may reach a log. */
    public static String normalize(String value) {
        String number =
                value == null ? "" : LEFT_OUT.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidInput(
                    FIELD, "must be 4 to 32 letters and digits (spaces and hyphens are left out)", "error.nationalId");
        }
        if (RESIDENT_ID.matcher(number).matches() && checkCharacter(number) != number.charAt(17)) {
            throw new InvalidInput(
                    FIELD,
                    "has the form of a Chinese resident ID number, but its last character"
                            + " does not fit the other 17: please check the digits",
                    "error.nationalIdCheck");
        }
        return number;
    }

    /** The check character of an 18-character PRC resident ID number, from its first 17 digits. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
