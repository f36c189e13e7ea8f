package org.casebook.report;

import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.matching.DuplicateQueue;
import org.casebook.person.Person;
import org.casebook.person.PersonService;
import org.casebook.secret.SecretFields;
import org.casebook.web.Links;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The documenters' review queue of relatives' reports. */
@Controller
class ReportReviewController {
    private final ReportService reports;
    private final DuplicateQueue duplicates;
    private final SecretFields secrets;
    private final PersonService persons;
    private final ReportLifeRequests lifeRequests;

    ReportReviewController(
            ReportService reports,
            DuplicateQueue duplicates,
            SecretFields secrets,
            PersonService persons,
            ReportLifeRequests lifeRequests) {
        this.reports = reports;
        this.duplicates = duplicates;
        this.secrets = secrets;
        this.persons = persons;
        this.lifeRequests = lifeRequests;
    }

    @GetMapping("/app/reports")
    String queue(@RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("reports", reports.queue(all));
        model.addAttribute("all", all);
        return "report/queue";
    }

    @GetMapping("/app/reports/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reveal, Model model) {
        Report report = reports.get(id);
        model.addAttribute("report", report);
        model.addAttribute("matches", duplicates.possibleMatches(report.names(), null, null, null, null));
        model.addAttribute("secretFields", secrets.present("report", id));
        // Opening the reporter's identity is a deliberate, audited step, never a side effect of reading the report.
        model.addAttribute("secrets", reveal && CurrentUser.has(Role.editor) ? secrets.reveal("report", id) : Map.of());
        model.addAttribute(
                "linked",
                report.personId() == null
                        ? null
                        : persons.find(report.personId()).map(Person::publicId).orElse(null));
        model.addAttribute("lifeRequest", lifeRequests.requestOf(id).orElse(null));
        return "report/review";
    }

    @PostMapping("/app/reports/{id}/review")
    String underReview(@PathVariable long id) {
        reports.markUnderReview(id);
        return "redirect:" + Links.report(id);
    }

    @PostMapping("/app/reports/{id}/create-person")
    String createPerson(@PathVariable long id) {
        return "redirect:" + Links.person(reports.createPerson(id).publicId());
    }

    @PostMapping("/app/reports/{id}/link")
    String link(@PathVariable long id, @RequestParam(required = false) String personId) {
        return "redirect:" + Links.person(reports.link(id, personId).publicId());
    }

    @PostMapping("/app/reports/{id}/life-request")
    String recordLifeRequest(@PathVariable long id) {
        return "redirect:/app/life-requests/"
                + lifeRequests.record(id, CurrentUser.name()).id();
    }

    @PostMapping("/app/reports/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason) {
        reports.decline(id, reason);
        return "redirect:" + Links.report(id);
    }
}
