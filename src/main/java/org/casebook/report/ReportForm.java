package org.casebook.report;

import java.util.List;
import org.casebook.web.FormErrors;

/** The public report form as shown again after a problem: what was typed is kept, with the problem beside it. */
public record ReportForm(
        String challenge,
        int difficulty,
        List<String> names,
        String relation,
        String lastContactOn,
        String lastPlace,
        String account,
        String reporterName,
        String contact,
        String consent,
        String message,
        FormErrors errors) {

    public String name(int i) {
        return i < names.size() ? names.get(i) : "";
    }
}
