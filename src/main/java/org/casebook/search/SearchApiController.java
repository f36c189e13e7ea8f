package org.casebook.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.records.InvalidInput;
import org.casebook.records.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Search",
        description = "Find persons by any spelling of any name in any script, and words in claims and sources")
class SearchApiController {
    private final SearchIndex index;
    private final SearchIndexer indexer;

    SearchApiController(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @GetMapping("/api/v1/search")
    @Operation(
            summary =
                    "Ranked search with facet counts; filter by status, gender, birthDecade, hometown, facility, sourceKind, party")
    SearchResult search(
            @RequestParam(required = false) String q,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size) {
        return index.search(query(q, params, page, size));
    }

    static SearchQuery query(String q, Map<String, String> params, int page, int size) {
        PageOf.check(page, size);
        if (q != null && q.length() > 300) {
            throw new InvalidInput("q", "must be at most 300 characters", "error.tooLong", "max", 300);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        SearchIndex.DIMENSIONS.forEach(d -> {
            if (params.get(d) != null && !params.get(d).isBlank()) {
                filters.put(d, params.get(d));
            }
        });
        return new SearchQuery(q, filters, page, size, true);
    }

    @PostMapping("/api/v1/search/rebuild")
    @Operation(
            summary =
                    "Rebuild the index from PostgreSQL in the background (resumes an interrupted rebuild unless fromScratch)")
    ResponseEntity<Map<String, Object>> rebuild(@RequestParam(defaultValue = "false") boolean fromScratch) {
        boolean started = indexer.startRebuild(fromScratch);
        return ResponseEntity.accepted().body(Map.of("started", started, "progress", "/api/v1/search/rebuild"));
    }

    @GetMapping("/api/v1/search/rebuild")
    Map<String, Object> progress() {
        SearchIndexer.Progress p = indexer.progress();
        return p == null
                ? Map.of("running", false, "indexed", index.size())
                : Map.of(
                        "running",
                        true,
                        "done",
                        p.done(),
                        "total",
                        p.total(),
                        "percent",
                        p.percent(),
                        "resumed",
                        p.resumed());
    }
}
