package org.casebook.prooflife;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Consumer;
import org.casebook.access.CurrentUser;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceStore;
import org.casebook.footage.Footage;
import org.casebook.person.PersonService;
import org.casebook.records.InvalidInput;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The assessment checklist of an answer: the four steps, their findings, and the conclusion that becomes a claim. */
@Controller
class LifeAssessmentPageController {
    private final LifeRequestService requests;
    private final LifeAssessments assessments;
    private final PersonService persons;
    private final EvidenceStore evidence;
    private final FootageAnalyses footage;

    LifeAssessmentPageController(
            LifeRequestService requests,
            LifeAssessments assessments,
            PersonService persons,
            EvidenceStore evidence,
            FootageAnalyses footage) {
        this.requests = requests;
        this.assessments = assessments;
        this.persons = persons;
        this.evidence = evidence;
        this.footage = footage;
    }

    @GetMapping("/app/life-requests/{id}/assessment")
    String page(@PathVariable long id, Model model) {
        return show(model, id, FormErrors.NONE);
    }

    @PostMapping("/app/life-requests/{id}/assessment/steps")
    String step(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        return submit(
                id,
                fields,
                model,
                response,
                form -> assessments.record(
                        id, form.text("step"), form.text("finding"), form.text("evidenceSha256"), CurrentUser.name()));
    }

    @PostMapping("/app/life-requests/{id}/assessment/conclusion")
    String conclude(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        return submit(
                id,
                fields,
                model,
                response,
                form -> assessments.conclude(
                        id,
                        new LifeAssessments.Conclusion(
                                form.text("type"),
                                form.integer("credibility"),
                                form.text("assessment"),
                                form.text("note")),
                        CurrentUser.name()));
    }

    /** Both forms of the page: do it and come back to the checklist, or show it again with what was wrong. */
    private String submit(
            long id,
            MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response,
            Consumer<FormData> action) {
        FormData form = new FormData(fields);
        form.throwIfUnreadable();
        return Forms.submit(
                response,
                () -> {
                    action.accept(form);
                    return "redirect:/app/life-requests/" + id + "/assessment";
                },
                e -> show(model, id, FormErrors.of(e)));
    }

    private String show(Model model, long id, FormErrors errors) {
        LifeRequest request = requests.get(id);
        String video = request.answerSourceId() == null
                ? null
                : evidence.attachedTo(List.of(request.answerSourceId()), List.of()).stream()
                        .filter(e -> e.mediaType().startsWith("video/"))
                        .map(Evidence::sha256)
                        .findFirst()
                        .orElse(null);
        Footage keyframes = null;
        String problem = null;
        if (video != null) {
            try {
                keyframes = footage.keyframes(video, CurrentUser.name());
            } catch (InvalidInput unreadable) {
                problem = unreadable.getMessage();
            }
        }
        model.addAttribute(
                "page",
                new LifeAssessmentPage(
                        request,
                        persons.publicIds(List.of(request.personId())).get(request.personId()),
                        assessments.of(id),
                        errors,
                        video,
                        keyframes,
                        problem));
        return "prooflife/assessment";
    }
}
