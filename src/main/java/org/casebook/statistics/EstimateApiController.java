package org.casebook.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.estimation.Criterion;
import org.casebook.estimation.EstimationRefused;
import org.casebook.estimation.Estimator;
import org.casebook.records.RecordNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/estimates")
@Tag(name = "Estimates", description = "Multiple systems estimation of the people no list holds (docs/estimation.md)")
class EstimateApiController {
    static final int MAX_API_REPLICATES = 2000;

    /**
     * Exactly one of {@code table} (CSV: one 0/1 column per list and a count column) and {@code lists} (sources of the
     * record, as {@code kind:leak}, {@code party:state} or {@code source:12}).
     */
    record EstimateBody(
            String table,
            List<ListBody> lists,
            String criterion,
            Integer bootstrap,
            Long seed,
            List<String> model,
            String saveAs) {}

    record ListBody(String name, List<String> selectors) {}

    private final EstimateService estimates;
    private final SavedEstimates saved;
    private final JsonMapper json = JsonMapper.builder().build();

    EstimateApiController(EstimateService estimates, SavedEstimates saved) {
        this.estimates = estimates;
        this.saved = saved;
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Estimate from a capture-history table or from lists of sources; saved when saveAs is given")
    Map<String, Object> estimate(@RequestBody EstimateBody body) {
        return answer(request(body));
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Estimate from a capture-history table sent as CSV, with the standard options")
    Map<String, Object> estimateCsv(@RequestBody String csv, @RequestParam(required = false) String criterion) {
        return answer(request(new EstimateBody(csv, null, criterion, null, null, null, null)));
    }

    @GetMapping
    @Operation(summary = "Saved estimates, newest first")
    List<Map<String, Object>> recent() {
        return saved.recent(100).stream()
                .map(s -> Map.<String, Object>of(
                        "id",
                        s.id(),
                        "title",
                        s.title(),
                        "createdAt",
                        s.createdAt().toString()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A saved estimate with its inputs, result and the versions that computed it")
    Map<String, Object> get(@PathVariable long id) {
        SavedEstimates.Saved s = saved.find(id).orElseThrow(() -> new RecordNotFound("saved estimate", id));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", s.id());
        answer.put("title", s.title());
        answer.put("inputs", json.readTree(s.inputs()));
        answer.put("result", json.readTree(s.result()));
        answer.put("methodVersion", s.methodVersion());
        answer.put("appVersion", s.appVersion());
        answer.put("createdBy", s.createdBy());
        answer.put("createdAt", s.createdAt().toString());
        return answer;
    }

    private EstimateService.Request request(EstimateBody body) {
        Criterion criterion;
        try {
            criterion = body.criterion() == null
                    ? Criterion.BIC
                    : Criterion.valueOf(body.criterion().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EstimationRefused.malformed("criterion");
        }
        int replicates = body.bootstrap() == null ? 1000 : body.bootstrap();
        if (replicates < 0 || replicates > MAX_API_REPLICATES) {
            throw EstimationRefused.malformed("replicates", "max", String.valueOf(MAX_API_REPLICATES));
        }
        List<ListDefinition> lists = body.lists() == null
                ? null
                : body.lists().stream()
                        .map(l -> new ListDefinition(l.name(), l.selectors()))
                        .toList();
        Estimator.Options standard = Estimator.Options.standard();
        Estimator.Options options = new Estimator.Options(
                criterion,
                replicates,
                standard.bootstrapModels(),
                body.seed() == null ? standard.seed() : body.seed(),
                body.model());
        return new EstimateService.Request(body.table(), lists, options, body.saveAs());
    }

    private Map<String, Object> answer(EstimateService.Request request) {
        EstimateService.Answer answer = estimates.estimate(request, CurrentUser.name());
        Map<String, Object> result = new LinkedHashMap<>(EstimateJson.of(answer.estimate()));
        result.put("lists", answer.table().lists());
        result.put("patterns", EstimateService.patterns(answer.table()));
        result.put("notes", answer.notes().stream().map(EstimateJson::english).toList());
        if (answer.saved() != null) {
            result.put("id", answer.saved().id());
        }
        return result;
    }

    @ExceptionHandler(EstimationRefused.class)
    ProblemDetail refused(EstimationRefused e) {
        boolean malformed = e.why() == EstimationRefused.Why.MALFORMED_TABLE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                malformed ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, EstimateJson.english(e));
        problem.setTitle(malformed ? "The input cannot be used for an estimate" : "No estimate exists for this table");
        problem.setProperty("errors", List.of(Map.of("field", "table", "message", EstimateJson.english(e))));
        return problem;
    }

    @ExceptionHandler(EstimateService.Busy.class)
    ResponseEntity<ProblemDetail> busy(EstimateService.Busy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    }
}
