package org.casebook.report;

/** For tests that send the public report form as a program would: its proof of work, solved. */
public final class ReportForms {
    private ReportForms() {}

    /** The first nonce that solves a challenge of the form (what the form's script finds in the browser). */
    public static String solve(String challenge) {
        for (int n = 0; ; n++) {
            if (SubmissionGuard.solves(challenge, Integer.toString(n))) {
                return Integer.toString(n);
            }
        }
    }
}
