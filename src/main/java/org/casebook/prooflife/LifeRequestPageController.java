package org.casebook.prooflife;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.person.PersonService;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.casebook.web.PublicationChange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Documenters' pages for proof-of-life requests: the list, a new request, and one request to move along. */
@Controller
@RequestMapping("/app/life-requests")
class LifeRequestPageController {
    private final LifeRequestService requests;
    private final PersonService persons;

    LifeRequestPageController(LifeRequestService requests, PersonService persons) {
        this.requests = requests;
        this.persons = persons;
    }

    @GetMapping
    String list(Model model) {
        List<LifeRequest> all = requests.all();
        model.addAttribute("requests", all);
        model.addAttribute(
                "personIds",
                persons.publicIds(all.stream().map(LifeRequest::personId).toList()));
        return "prooflife/requests";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String person, Model model) {
        LifeRequestCommand empty = new LifeRequestCommand(
                person,
                "relative",
                null,
                "embassy",
                null,
                null,
                null,
                null,
                "drafted",
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null);
        return form(model, null, empty, FormErrors.NONE);
    }

    @PostMapping("/new")
    String create(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        LifeRequestCommand command = command(new FormData(fields));
        return Forms.submit(
                response,
                () -> "redirect:/app/life-requests/"
                        + requests.create(command, CurrentUser.name()).id(),
                e -> form(model, null, command, FormErrors.of(e)));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        LifeRequest request = requests.get(id);
        return form(model, request, values(request), FormErrors.NONE);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        LifeRequest current = requests.get(id);
        LifeRequestCommand command = command(new FormData(fields));
        return Forms.submit(
                response,
                () -> {
                    requests.update(id, command, CurrentUser.name());
                    return "redirect:/app/life-requests/" + id;
                },
                e -> form(model, current, command, FormErrors.of(e)));
    }

    @PostMapping("/{id}/publication")
    String publication(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields) {
        PublicationChange change = PublicationChange.of(new FormData(fields));
        requests.setPublication(id, change.publication(), change.version(), CurrentUser.name());
        return "redirect:/app/life-requests/" + id;
    }

    private String form(Model model, LifeRequest request, LifeRequestCommand values, FormErrors errors) {
        String personId = request == null
                ? values.personId()
                : persons.publicIds(List.of(request.personId())).get(request.personId());
        model.addAttribute("page", new LifeRequestPage(request, personId, values, errors));
        return "prooflife/request";
    }

    private static LifeRequestCommand command(FormData form) {
        form.throwIfUnreadable();
        return new LifeRequestCommand(
                form.text("personId"),
                form.text("askerKind"),
                form.text("askerName"),
                form.text("addresseeKind"),
                form.text("addresseeName"),
                form.text("askedOn"),
                form.text("channel"),
                form.text("campaignUrl"),
                form.text("state"),
                form.text("answeredOn"),
                form.text("answerKind"),
                form.id("answerSourceId"),
                form.text("assessment"),
                form.text("assessmentNote"),
                form.checked("consent"),
                form.integer("version"),
                form.text("reason"));
    }

    private static LifeRequestCommand values(LifeRequest r) {
        return new LifeRequestCommand(
                null,
                r.askerKind().name(),
                r.askerName(),
                r.addresseeKind().name(),
                r.addresseeName(),
                r.askedOn().toString(),
                r.channel(),
                r.campaignUrl(),
                r.state().name(),
                r.answeredOn() == null ? null : r.answeredOn().toString(),
                r.answerKind() == null ? null : r.answerKind().name(),
                r.answerSourceId(),
                r.assessment() == null ? null : r.assessment().name(),
                r.assessmentNote(),
                r.consent(),
                r.version(),
                null);
    }
}
