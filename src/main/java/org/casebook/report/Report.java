package org.casebook.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A report as editors and contributors see it (secrets are opened separately, by editors, audited). */
public record Report(
        long id,
        List<String> names,
        LocalDate lastContactOn,
        String lastPlace,
        String account,
        String consent,
        Instant receivedAt,
        ReportState state,
        Long personId,
        List<Event> events,
        ReportDetails details,
        List<File> files) {

    /** A photo or document sent with the report, in the evidence store (editors only until attached). */
    public record File(String sha256, String mediaType) {}

    public record Event(Instant at, ReportState state, String addition, String actor) {}
}
