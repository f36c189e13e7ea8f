package org.casebook.report;

import java.time.ZoneOffset;
import java.util.Optional;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.person.PersonService;
import org.casebook.prooflife.LifeRequest;
import org.casebook.prooflife.LifeRequestCommand;
import org.casebook.prooflife.LifeRequestService;
import org.casebook.records.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A relative's request for proof of life, made through the report form: an editor records it once the report is
 * linked to a person, as the relative's request (never naming them), published only if they consented; the relative
 * follows it with their receipt code.
 */
@Component
public class ReportLifeRequests {
    private final ReportService reports;
    private final LifeRequestService requests;
    private final PersonService persons;
    private final JdbcClient jdbc;

    ReportLifeRequests(ReportService reports, LifeRequestService requests, PersonService persons, JdbcClient jdbc) {
        this.reports = reports;
        this.requests = requests;
        this.persons = persons;
        this.jdbc = jdbc;
    }

    @Transactional
    public LifeRequest record(long reportId, String actor) {
        Permissions.require(Role.contributor);
        Report report = reports.get(reportId);
        if (!report.details().asksProofOfLife()) {
            throw new InvalidInput("report", "the relative did not ask for proof of life", "app.error.noLifeAsked");
        }
        if (report.personId() == null) {
            throw new InvalidInput("report", "link the report to a person first", "app.error.linkFirst");
        }
        if (requestOf(reportId).isPresent()) {
            throw new InvalidInput(
                    "report", "the request from this report is recorded already", "app.error.requestRecorded");
        }
        LifeRequest request = requests.create(
                new LifeRequestCommand(
                        persons.get(report.personId()).publicId(),
                        "relative",
                        null,
                        "other",
                        "Authorities of the People's Republic of China",
                        report.receivedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                        "Casebook report form",
                        null,
                        "drafted",
                        null,
                        null,
                        null,
                        null,
                        null,
                        report.details().proofOfLifeConsent(),
                        null,
                        null),
                actor);
        jdbc.sql("update report set life_request_id = :request where id = :id")
                .param("request", request.id())
                .param("id", reportId)
                .update();
        return request;
    }

    /** The request recorded from a report, if any. */
    public Optional<LifeRequest> requestOf(long reportId) {
        return jdbc.sql("select life_request_id from report where id = :id and life_request_id is not null")
                .param("id", reportId)
                .query(Long.class)
                .optional()
                .flatMap(requests::find);
    }

    /** The request a receipt code's report led to, for the relative following it. */
    public Optional<LifeRequest> forCode(String code) {
        return reports.reportFor(code).flatMap(this::requestOf);
    }
}
