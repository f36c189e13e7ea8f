package org.casebook.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Duplicates", description = "Possible duplicates for editors to review; nothing is merged on names alone")
class DuplicateApiController {
    private final DuplicateQueue queue;

    DuplicateApiController(DuplicateQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/v1/duplicates")
    List<DuplicateQueue.Entry> open(@RequestParam(defaultValue = "50") int limit) {
        return queue.open(Math.min(Math.max(limit, 1), 500));
    }

    @PostMapping("/api/v1/duplicates/scan")
    @Operation(summary = "Block and score all persons, queueing the pairs that are likely the same or need review")
    Map<String, Long> scan() {
        return Map.of("open", queue.scan());
    }

    @PostMapping("/api/v1/duplicates/{id}/merge")
    @Operation(
            summary = "The editor confirms: merge the second record into the first (undo with /persons/{id}/unmerge)")
    Map<String, String> merge(@PathVariable long id) {
        queue.decide(id, true, CurrentUser.name());
        return Map.of("status", "merged");
    }

    @PostMapping("/api/v1/duplicates/{id}/distinct")
    Map<String, String> distinct(@PathVariable long id) {
        queue.decide(id, false, CurrentUser.name());
        return Map.of("status", "distinct");
    }

    @GetMapping("/api/v1/persons/matches")
    @Operation(summary = "Existing records that may be the person you are about to create (ask before saving)")
    List<DuplicateQueue.Match> matches(
            @RequestParam List<String> name,
            @RequestParam(required = false) Integer birthYearFrom,
            @RequestParam(required = false) Integer birthYearTo,
            @RequestParam(required = false) String gender,
            @RequestParam(required = false) Long hometownPlaceId) {
        return queue.possibleMatches(name, birthYearFrom, birthYearTo, gender, hometownPlaceId);
    }

    /** The same question with a national ID number, which belongs in a body, not in a URL that logs keep. */
    record MatchQuestion(
            List<String> names,
            Integer birthYearFrom,
            Integer birthYearTo,
            String gender,
            Long hometownPlaceId,
            @Size(max = 64) String nationalId) {}

    @PostMapping("/api/v1/persons/matches")
    @Operation(
            summary = "Existing records that may be the person you are about to create, also by national ID number "
                    + "(editors only when a number is given)")
    List<DuplicateQueue.Match> matches(@Valid @RequestBody MatchQuestion question) {
        return queue.possibleMatches(
                question.names() == null ? List.of() : question.names(),
                question.birthYearFrom(),
                question.birthYearTo(),
                question.gender(),
                question.hometownPlaceId(),
                question.nationalId());
    }
}
