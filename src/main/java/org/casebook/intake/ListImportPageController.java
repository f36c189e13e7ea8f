package org.casebook.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.lists.ListColumns;
import org.casebook.records.InvalidInput;
import org.casebook.records.TooLarge;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import pages: upload, map, preview, dry run, import with its progress, outcomes, undo. */
@Controller
@RequestMapping("/app/imports")
class ListImportPageController {
    private static final int OUTCOMES_SHOWN = 200;

    private final ListImports imports;
    private final ListImportRun run;
    private final ListPreview preview;
    private final ListDryRuns dryRuns;
    private final SourceService sources;
    private final ExportImport exportImport;
    private final PublishedJsonImport publishedImport;

    ListImportPageController(
            ListImports imports,
            ListImportRun run,
            ListPreview preview,
            ListDryRuns dryRuns,
            SourceService sources,
            ExportImport exportImport,
            PublishedJsonImport publishedImport) {
        this.dryRuns = dryRuns;
        this.publishedImport = publishedImport;
        this.imports = imports;
        this.run = run;
        this.preview = preview;
        this.sources = sources;
        this.exportImport = exportImport;
    }

    @GetMapping
    String list(Model model) {
        return uploadForm(model, Map.of(), FormErrors.NONE);
    }

    private String uploadForm(Model model, Map<String, String> entered, FormErrors errors) {
        model.addAttribute("exportImported", null);
        model.addAttribute("publishedImported", null);
        model.addAttribute("imports", imports.recent(50));
        model.addAttribute("presets", List.copyOf(imports.presets().keySet()));
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "intake/imports";
    }

    /** The upload: multipart, spooled to disk by the servlet container and streamed into the evidence store. */
    @PostMapping
    String upload(
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response)
            throws IOException {
        FormData form = new FormData(fields);
        Map<String, String> entered = new LinkedHashMap<>();
        fields.forEach((name, values) -> entered.put(name, values.isEmpty() ? "" : values.getFirst()));
        try {
            form.throwIfUnreadable();
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "choose the list's file", "app.imports.error.file");
            }
            SourceCommand source = ListImports.listSource(
                    form.text("kind"),
                    form.text("title"),
                    form.text("publisher"),
                    form.text("language"),
                    form.text("party"),
                    form.text("reliability"));
            try (InputStream in = file.getInputStream()) {
                ListImport created = imports.create(
                        in,
                        file.getOriginalFilename(),
                        source,
                        form.text("obtained"),
                        form.text("preset"),
                        form.text("claimType"),
                        form.integer("credibility"),
                        CurrentUser.name());
                return "redirect:/app/imports/" + created.id();
            }
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return uploadForm(model, entered, FormErrors.of(e));
        } catch (TooLarge e) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return uploadForm(
                    model, entered, FormErrors.of(new InvalidInput("file", e.getMessage(), "app.imports.error.size")));
        }
    }

    /** Casebook's own export into this record (moving a record to a new installation). */
    @PostMapping("/casebook-export")
    String importExport(
            @RequestParam(value = "export", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("export", "choose the export's zip file", "app.imports.error.exportFile");
            }
            try (InputStream in = file.getInputStream()) {
                ExportImport.Result result = exportImport.run(in, CurrentUser.name());
                uploadForm(model, Map.of(), FormErrors.NONE);
                model.addAttribute("exportImported", result.imported());
                return "intake/imports";
            }
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return uploadForm(model, Map.of(), FormErrors.of(e));
        }
    }

    /** Casebook's published JSON export into this record. */
    @PostMapping("/casebook-published")
    String importPublished(
            @RequestParam(value = "published", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("published", "choose the export's JSON file", "app.imports.error.publishedFile");
            }
            try (InputStream in = file.getInputStream()) {
                PublishedJsonImport.Result result = publishedImport.run(in, CurrentUser.name());
                uploadForm(model, Map.of(), FormErrors.NONE);
                model.addAttribute("publishedImported", result);
                return "intake/imports";
            }
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormErrors errors = FormErrors.of(e);
            // The file's problems belong to this form's field, not the list form's.
            return uploadForm(
                    model,
                    Map.of(),
                    errors.get("file") == null ? errors : new FormErrors(Map.of("published", errors.get("file"))));
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, id, FormErrors.NONE);
    }

    private String page(Model model, long id, FormErrors errors) {
        ListImport list = imports.get(id);
        model.addAttribute(
                "importPage",
                new ListImportPage(
                        list,
                        sources.get(list.sourceId()),
                        imports.counts(id),
                        list.mappingOpen() ? preview.firstRows(id) : List.of(),
                        dryRuns.progress(id).orElse(null),
                        imports.rows(id, 0, OUTCOMES_SHOWN),
                        errors));
        return "intake/import";
    }

    @PostMapping("/{id}/mapping")
    String map(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        FormData form = new FormData(fields);
        ListImport list = imports.get(id);
        Map<Integer, ListColumns.Field> mapping = new LinkedHashMap<>();
        try {
            form.throwIfUnreadable();
            for (int column = 0; column < list.header().size(); column++) {
                String field = form.text("column" + column);
                if (field != null && !field.isBlank()) {
                    mapping.put(column, field(field));
                }
            }
            imports.map(id, mapping, form.text("claimType"), form.integer("credibility"));
            if (form.text("presetName") != null && !form.text("presetName").isBlank()) {
                imports.savePreset(id, form.text("presetName"), CurrentUser.name());
            }
            return "redirect:/app/imports/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, FormErrors.of(e));
        }
    }

    private static ListColumns.Field field(String name) {
        try {
            return ListColumns.Field.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("mapping", "no such field: " + name, "app.imports.error.field");
        }
    }

    @PostMapping("/{id}/dry-run")
    String dryRun(@PathVariable long id, Model model, HttpServletResponse response) {
        try {
            dryRuns.start(id);
            return "redirect:/app/imports/" + id + "#dry-run";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> run.start(id));
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable long id, Model model, HttpServletResponse response) {
        return act(id, model, response, () -> run.stop(id));
    }

    @PostMapping("/{id}/undo")
    String undo(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String confirm,
            Model model,
            HttpServletResponse response) {
        return act(id, model, response, () -> {
            Forms.requireConfirmation(confirm);
            run.undo(id, reason);
        });
    }

    private String act(long id, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/app/imports/" + id;
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, id, FormErrors.of(e));
        }
    }

    @GetMapping("/{id}/outcomes.csv")
    void outcomes(@PathVariable long id, HttpServletResponse response) throws IOException {
        sendOutcomes(imports, id, response);
    }

    /** The outcomes download, the same from the page and the API. */
    static void sendOutcomes(ListImports imports, long id, HttpServletResponse response) throws IOException {
        imports.get(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-outcomes.csv\"");
        imports.writeOutcomes(id, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
