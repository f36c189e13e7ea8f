package org.casebook.prooflife;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceStore;
import org.casebook.footage.Footage;
import org.casebook.footage.FootageComparison;
import org.casebook.person.PersonService;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Looking at a video answer: its keyframes as a filmstrip, its metadata, and a comparison with another copy. */
@Controller
class FootageController {
    private final LifeRequestService requests;
    private final FootageAnalyses analyses;
    private final EvidenceStore evidence;
    private final PersonService persons;

    FootageController(
            LifeRequestService requests, FootageAnalyses analyses, EvidenceStore evidence, PersonService persons) {
        this.requests = requests;
        this.analyses = analyses;
        this.evidence = evidence;
        this.persons = persons;
    }

    @GetMapping("/app/life-requests/{id}/footage")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) String a,
            @RequestParam(required = false) String b,
            Model model,
            HttpServletResponse response) {
        LifeRequest request = requests.get(id);
        List<Evidence> videos = request.answerSourceId() == null
                ? List.of()
                : evidence.attachedTo(List.of(request.answerSourceId()), List.of()).stream()
                        .filter(e -> e.mediaType().startsWith("video/"))
                        .toList();
        String first = a != null && !a.isBlank()
                ? a.strip()
                : videos.isEmpty() ? null : videos.getFirst().sha256();
        String second = b == null || b.isBlank() ? null : b.strip();
        Evidence firstFile = null;
        Footage keyframes = null;
        List<FootageComparison.Segment> comparison = null;
        FormErrors errors = FormErrors.NONE;
        try {
            if (first != null) {
                firstFile = evidence.readable(first);
                keyframes = analyses.keyframes(first, CurrentUser.name());
            }
            if (first != null && second != null) {
                comparison = analyses.compare(first, second, CurrentUser.name());
            }
        } catch (InvalidInput | RecordNotFound e) {
            response.setStatus(400);
            errors = FormErrors.of(
                    e instanceof InvalidInput invalid
                            ? invalid
                            : new InvalidInput(
                                    "sha256",
                                    "no evidence file with that SHA-256 is in the store",
                                    "app.error.noEvidence"));
        }
        String personId = persons.publicIds(List.of(request.personId())).get(request.personId());
        model.addAttribute(
                "page",
                new FootagePage(request, personId, videos, first, second, firstFile, keyframes, comparison, errors));
        return "prooflife/footage";
    }

    @GetMapping("/app/footage/{sha256}/keyframes/{index}.png")
    void keyframe(@PathVariable String sha256, @PathVariable int index, HttpServletResponse response)
            throws IOException {
        List<Footage.Frame> frames =
                analyses.keyframes(sha256, CurrentUser.name()).frames();
        if (index < 0 || index >= frames.size()) {
            throw new RecordNotFound("keyframe", index);
        }
        byte[] png = frames.get(index).thumbnail();
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
