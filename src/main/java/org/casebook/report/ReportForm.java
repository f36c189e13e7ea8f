package org.casebook.report;

import java.util.List;
import org.casebook.web.FormErrors;

/** The public report form as shown again after a problem: what was typed is kept, with the problem beside it. */
public record ReportForm(String challenge, int difficulty, ReportSubmission values, String message, FormErrors errors) {
    static final ReportSubmission EMPTY =
            new ReportSubmission(List.of(), null, null, null, null, null, null, null, ReportDetails.NONE);

    public String name(int i) {
        return i < values.names().size() ? values.names().get(i) : "";
    }

    public ReportDetails details() {
        return values.details() == null ? ReportDetails.NONE : values.details();
    }
}
