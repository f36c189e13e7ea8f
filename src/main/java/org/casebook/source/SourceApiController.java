package org.casebook.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.casebook.access.CurrentUser;
import org.casebook.records.PageOf;
import org.casebook.records.Retraction;
import org.casebook.web.PublicationChange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "Where information comes from, the party behind it and its reliability")
class SourceApiController {
    private final SourceService sources;

    SourceApiController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "List sources, filtered by title or publisher text, kind and party")
    PageOf<Source> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) Party party,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return sources.list(q, kind, party, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A source; its claims are listed at /api/v1/claims?sourceId=")
    Source get(@PathVariable long id) {
        return sources.get(id);
    }

    @PostMapping
    ResponseEntity<Source> create(@RequestBody SourceCommand command) {
        Source source = sources.create(command, CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/sources/" + source.id()))
                .body(source);
    }

    @PutMapping("/{id}")
    Source update(@PathVariable long id, @RequestBody SourceCommand command) {
        return sources.update(id, command, CurrentUser.name());
    }

    @PutMapping("/{id}/publication")
    Source publication(@PathVariable long id, @RequestBody PublicationChange change) {
        return sources.setPublication(id, change.publication(), change.version(), CurrentUser.name());
    }

    @PostMapping("/{id}/retract")
    @Operation(summary = "Retract a source with a reason; the status of everyone its claims concern is re-derived")
    Source retract(@PathVariable long id, @RequestBody Retraction retraction) {
        return sources.retract(id, retraction, CurrentUser.name());
    }
}
