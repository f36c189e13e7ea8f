package org.casebook.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.lists.ListColumns;
import org.casebook.lists.ListPresets;
import org.casebook.records.RecordNotFound;
import org.casebook.source.SourceCommand;
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
@RequestMapping("/api/v1/imports")
@Tag(name = "Lists", description = "Lists of persons from spreadsheets, leaks and other registers")
class ListImportApiController {
    private final ListImports imports;
    private final ListImportRun run;
    private final ListPreview preview;
    private final ListDryRuns dryRuns;
    private final ExportImport exportImport;
    private final PublishedJsonImport publishedImport;

    ListImportApiController(
            ListImports imports,
            ListImportRun run,
            ListPreview preview,
            ListDryRuns dryRuns,
            ExportImport exportImport,
            PublishedJsonImport publishedImport) {
        this.dryRuns = dryRuns;
        this.publishedImport = publishedImport;
        this.imports = imports;
        this.run = run;
        this.preview = preview;
        this.exportImport = exportImport;
    }

    record ImportView(ListImport list, int percent, Map<String, Integer> outcomes) {}

    record MappingRequest(Map<Integer, ListColumns.Field> mapping, String claimType, Integer credibility) {}

    record UndoRequest(String reason) {}

    record PresetRequest(String name) {}

    private ImportView view(ListImport list) {
        return new ImportView(list, list.percent(), imports.counts(list.id()));
    }

    @PostMapping(
            consumes = {
                "text/csv",
                "application/octet-stream",
                "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @Operation(
            summary = "Upload a list for import (the body is the CSV file, streamed); nothing is imported yet",
            description = "The list becomes a source of its own (kind, title, publisher as its origin, party,"
                    + " reliability) with the file as that source's evidence; how it was obtained is kept with the"
                    + " import and never published. The columns are mapped by the preset named, else guessed from the"
                    + " header. claimType is the claim every row makes when no status column says otherwise.")
    ResponseEntity<ImportView> upload(
            @RequestParam String kind,
            @RequestParam String title,
            @RequestParam(required = false) String publisher,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String reliability,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String obtained,
            @RequestParam(required = false) String preset,
            @RequestParam(required = false) String claimType,
            @RequestParam(required = false) Integer credibility,
            @RequestParam(required = false) String filename,
            HttpServletRequest request)
            throws IOException {
        SourceCommand source = ListImports.listSource(kind, title, publisher, language, party, reliability);
        ListImport list = imports.create(
                request.getInputStream(),
                filename,
                source,
                obtained,
                preset,
                claimType,
                credibility,
                CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/imports/" + list.id()))
                .body(view(list));
    }

    @PostMapping(
            value = "/casebook-export",
            consumes = {"application/zip", "application/octet-stream"})
    @Operation(
            summary = "Import Casebook's own export (the editors' zip) into this record",
            description = "Places, sources, facilities, persons with their names, and claims, with the relations the"
                    + " export keeps by ids and each record's publication; for moving a record to a new installation."
                    + " Nothing is compared with what is already here. Retracted records and merges are not carried"
                    + " over. Up to 256 MiB.")
    ExportImport.Result importExport(HttpServletRequest request) throws IOException {
        return exportImport.run(request.getInputStream(), CurrentUser.name());
    }

    @PostMapping(
            value = "/casebook-published",
            consumes = {"application/json", "application/octet-stream"})
    @Operation(
            summary = "Import Casebook's published JSON export (/export/casebook-published.json) into this record",
            description = "Sources, facilities, persons with their names, and claims, with their relations, all"
                    + " published as they were; places are matched by name (none is made) and claims arrive with"
                    + " credibility 6, since the export does not publish credibility. Nothing is compared with what is"
                    + " already here. Up to 256 MiB; read from disk twice, a thousand persons at a time.")
    PublishedJsonImport.Result importPublished(HttpServletRequest request) throws IOException {
        return publishedImport.run(request.getInputStream(), CurrentUser.name());
    }

    @GetMapping
    List<ListImport> recent() {
        return imports.recent(100);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import: its mapping, state, progress and how many rows came to each outcome")
    ImportView get(@PathVariable long id) {
        return view(imports.get(id));
    }

    @PutMapping("/{id}/mapping")
    @Operation(summary = "Change the column mapping (column number to field) while nothing is imported")
    ImportView map(@PathVariable long id, @RequestBody MappingRequest request) {
        return view(imports.map(
                id,
                request.mapping() == null ? Map.of() : request.mapping(),
                request.claimType(),
                request.credibility()));
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "The first rows as the mapping reads them, each field's problem beside it")
    List<ListPreview.PreviewRow> preview(@PathVariable long id) {
        return preview.firstRows(id);
    }

    @PostMapping("/{id}/dry-run")
    @Operation(
            summary = "Begin a dry run in the background: what the import would do with this mapping, every row judged,"
                    + " saving nothing; follow it at the Location given (a finished result is kept)")
    ResponseEntity<ListDryRuns.Progress> startDryRun(@PathVariable long id) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + id + "/dry-run"))
                .body(dryRuns.start(id));
    }

    @GetMapping("/{id}/dry-run")
    @Operation(
            summary = "How far the list's dry run has come (phase, done of total), its result once done, or the"
                    + " problem it stopped on; 404 when none was run with the present mapping")
    ListDryRuns.Progress dryRun(@PathVariable long id) {
        return dryRuns.progress(id).orElseThrow(() -> new RecordNotFound("dry run of list import", id));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Import in the background, or continue a stopped import where it stopped")
    ImportView start(@PathVariable long id) {
        return view(run.start(id));
    }

    @PostMapping("/{id}/stop")
    ImportView stop(@PathVariable long id) {
        return view(run.stop(id));
    }

    @PostMapping("/{id}/undo")
    @Operation(summary = "Retract every record the import made, with the reason; the history keeps them")
    ImportView undo(@PathVariable long id, @RequestBody UndoRequest request) {
        return view(run.undo(id, request.reason()));
    }

    @PostMapping("/{id}/preset")
    @Operation(summary = "Save this import's mapping as a named preset, by header")
    ListPresets.Preset savePreset(@PathVariable long id, @RequestBody PresetRequest request) {
        return imports.savePreset(id, request.name(), CurrentUser.name());
    }

    @GetMapping("/presets")
    List<ListPresets.Preset> presets() {
        return List.copyOf(imports.presets().values());
    }

    @GetMapping(value = "/{id}/outcomes.csv", produces = "text/csv")
    @Operation(summary = "Every row's outcome: created, attached to CB-…, queued for review, or refused and why")
    void outcomes(@PathVariable long id, HttpServletResponse response) throws IOException {
        ListImportPageController.sendOutcomes(imports, id, response);
    }
}
