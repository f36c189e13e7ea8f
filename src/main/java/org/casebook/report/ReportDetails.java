package org.casebook.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a relative may know of the missing person beyond names and last contact; every part optional. Internal, like
 * the rest of a report: an editor decides what goes into the person's record.
 *
 * @param birthYearOrAge a year of birth ("1962") or an age at the time of the report ("57")
 * @param takenPlace     where the person was taken, if known
 * @param heldPlace      where the person is held, if known
 * @param asksProofOfLife    the relative asks Casebook to record a request for proof that the person is alive
 * @param proofOfLifeConsent the relative consents to that request being published (never their name)
 */
public record ReportDetails(
        String birthYearOrAge,
        String gender,
        String hometown,
        String occupation,
        String takenPlace,
        String heldPlace,
        boolean asksProofOfLife,
        boolean proofOfLifeConsent) {
    public static final ReportDetails NONE = new ReportDetails(null, null, null, null, null, null, false, false);

    public ReportDetails(
            String birthYearOrAge,
            String gender,
            String hometown,
            String occupation,
            String takenPlace,
            String heldPlace) {
        this(birthYearOrAge, gender, hometown, occupation, takenPlace, heldPlace, false, false);
    }

    private static final Pattern YEAR_OR_AGE = Pattern.compile("\\s*(\\d{1,4})\\s*");

    /**
     * The possible birth years as [from, to] given the day of the report: a year is itself, an age is the two
     * years it allows; null when nothing usable was given.
     */
    public int[] birthYears(LocalDate reported) {
        if (birthYearOrAge == null) {
            return null;
        }
        Matcher m = YEAR_OR_AGE.matcher(birthYearOrAge);
        if (!m.matches()) {
            return null;
        }
        int value = Integer.parseInt(m.group(1));
        if (m.group(1).length() == 4) {
            return value >= 1900 && value <= reported.getYear() ? new int[] {value, value} : null;
        }
        return value <= 120 ? new int[] {reported.getYear() - value - 1, reported.getYear() - value} : null;
    }
}
