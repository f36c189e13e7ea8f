package org.casebook.prooflife;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.person.PersonService;
import org.casebook.records.Retraction;
import org.casebook.web.PublicationChange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Proof of life", description = "Requests for proof of life, the state's answers and their assessment")
class LifeRequestApiController {
    private final LifeRequestService requests;
    private final PublicLifeRequests published;
    private final PersonService persons;
    private final LifeAssessments assessments;
    private final Clock clock;

    LifeRequestApiController(
            LifeRequestService requests,
            PublicLifeRequests published,
            PersonService persons,
            LifeAssessments assessments,
            Clock clock) {
        this.requests = requests;
        this.published = published;
        this.persons = persons;
        this.assessments = assessments;
        this.clock = clock;
    }

    @GetMapping("/api/v1/life-requests")
    @Operation(summary = "Every request, unanswered first and the longest waiting first")
    List<Map<String, Object>> all() {
        List<LifeRequest> all = requests.all();
        Map<Long, String> publicIds =
                persons.publicIds(all.stream().map(LifeRequest::personId).toList());
        return all.stream().map(r -> view(r, publicIds.get(r.personId()))).toList();
    }

    @GetMapping("/api/v1/life-requests/{id}")
    Map<String, Object> one(@PathVariable long id) {
        return view(requests.get(id));
    }

    @PostMapping("/api/v1/life-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a request; a relative is never named (leave askerName empty)")
    Map<String, Object> create(@RequestBody LifeRequestCommand command) {
        return view(requests.create(command, CurrentUser.name()));
    }

    @PutMapping("/api/v1/life-requests/{id}")
    @Operation(summary = "Change a request: its state, the answer, the assessment (with the version you saw)")
    Map<String, Object> update(@PathVariable long id, @RequestBody LifeRequestCommand command) {
        return view(requests.update(id, command, CurrentUser.name()));
    }

    @PutMapping("/api/v1/life-requests/{id}/publication")
    @Operation(summary = "Publish or withdraw; a relative's request only with their consent")
    Map<String, Object> publication(@PathVariable long id, @RequestBody PublicationChange change) {
        return view(requests.setPublication(id, change.publication(), change.version(), CurrentUser.name()));
    }

    @PostMapping("/api/v1/life-requests/{id}/retract")
    Map<String, Object> retract(@PathVariable long id, @RequestBody Retraction retraction) {
        return view(requests.retract(id, retraction, CurrentUser.name()));
    }

    record StepBody(String step, String finding, String evidenceSha256) {}

    @GetMapping("/api/v1/life-requests/{id}/assessment")
    @Operation(summary = "The findings of the assessment of the answer, step by step, oldest first")
    List<LifeAssessments.Finding> assessment(@PathVariable long id) {
        requests.get(id);
        return assessments.of(id);
    }

    @PostMapping("/api/v1/life-requests/{id}/assessment/steps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a step's finding: provenance, source_analysis, technical_analysis, content_analysis")
    LifeAssessments.Finding step(@PathVariable long id, @RequestBody StepBody body) {
        return assessments.record(id, body.step(), body.finding(), body.evidenceSha256(), CurrentUser.name());
    }

    @PostMapping("/api/v1/life-requests/{id}/assessment/conclusion")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Conclude: the claim from the answer's source, and the request marked assessed")
    Map<String, Object> conclude(@PathVariable long id, @RequestBody LifeAssessments.Conclusion conclusion) {
        return Map.of(
                "claimId",
                assessments.conclude(id, conclusion, CurrentUser.name()).id(),
                "request",
                view(requests.get(id)));
    }

    @GetMapping("/api/public/v1/life-requests")
    @Operation(summary = "Published requests, the longest unanswered first, with their counts")
    Map<String, Object> publicList() {
        List<PublicLifeRequests.PublicLifeRequest> shown = published.all();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("counts", PublicLifeRequests.counts(shown));
        answer.put("requests", shown);
        return answer;
    }

    private Map<String, Object> view(LifeRequest r) {
        return view(r, persons.publicIds(List.of(r.personId())).get(r.personId()));
    }

    /** @param personId the public id, read once for a whole list */
    private Map<String, Object> view(LifeRequest r, String personId) {
        Map<String, Object> view = new LinkedHashMap<>(r.revisionContent());
        view.put("personId", personId);
        view.put("publication", r.publication());
        view.put("daysWaited", r.daysWaited(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        return view;
    }
}
