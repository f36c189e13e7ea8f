package org.casebook.report;

/** What a relative may learn about their report with its receipt code: the state only, never the content. */
public enum ReportState {
    received,
    under_review,
    linked,
    published,
    declined
}
