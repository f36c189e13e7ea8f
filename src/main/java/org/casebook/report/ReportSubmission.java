package org.casebook.report;

import java.util.List;

/** What a relative sends through the public form; contact, own name and relation are kept as secrets. */
public record ReportSubmission(
        List<String> names,
        String relation,
        String lastContactOn,
        String lastPlace,
        String account,
        String reporterName,
        String contact,
        String consent,
        ReportDetails details) {}
