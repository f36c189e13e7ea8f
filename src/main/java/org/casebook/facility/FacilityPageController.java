package org.casebook.facility;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.place.PlaceService;
import org.casebook.source.SourceService;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.casebook.web.Links;
import org.casebook.web.PublicationChange;
import org.casebook.web.RetractForm;
import org.casebook.web.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The documenters' facility list and map, and the forms that create, change, publish and retract a facility. */
@Controller
@RequestMapping("/app")
class FacilityPageController {
    private final FacilityService facilities;
    private final FacilityEdits edits;
    private final PublishedFacilities maps;
    private final PlaceService places;
    private final SourceService sources;
    private final MapSettings settings;
    private final FacilityImport imports;

    FacilityPageController(
            FacilityService facilities,
            FacilityEdits edits,
            PublishedFacilities maps,
            PlaceService places,
            SourceService sources,
            MapSettings settings,
            FacilityImport imports) {
        this.settings = settings;
        this.imports = imports;
        this.facilities = facilities;
        this.edits = edits;
        this.maps = maps;
        this.places = places;
        this.sources = sources;
    }

    @GetMapping("/facilities")
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String prefecture,
            @RequestParam(required = false) String sort,
            @RequestParam(name = "page", defaultValue = "0") int tablePage,
            Model model) {
        PublishedFacilities.Filter filter = PublishedFacilities.Filter.of(kind, tier, status, prefecture);
        List<PublishedFacility> all = maps.asRecorded();
        FacilityMapPage page = FacilityMapPage.of(
                FacilityMapPage.sorted(
                        all.stream().filter(filter::admits).toList(),
                        FacilityMapPage.column(sort),
                        Texts.appLanguage().locale()),
                filter,
                PublishedFacilities.prefecturesOf(all),
                sort,
                settings,
                false,
                tablePage);
        model.addAttribute("page", page.at("/app/facilities.geojson"));
        return "facility/list";
    }

    @GetMapping(value = "/facilities.geojson", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> geoJson(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String prefecture) {
        PublishedFacilities.Filter filter = PublishedFacilities.Filter.of(kind, tier, status, prefecture);
        return ResponseEntity.ok()
                .contentType(GeoJsonReply.GEO_JSON)
                .body(maps.featureCollection(
                        maps.asRecorded().stream().filter(filter::admits).toList(), Links::facility));
    }

    @GetMapping("/facilities/import")
    String importForm(Model model) {
        model.addAttribute("geoJson", "");
        model.addAttribute("outcome", null);
        model.addAttribute("errors", FormErrors.NONE);
        return "facility/import";
    }

    /** The dry run, then (with confirm) the import; the GeoJSON travels in the form so nothing is kept in between. */
    @PostMapping("/facilities/import")
    String importCollection(
            @RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        FormData form = new FormData(fields);
        String geoJson = form.text("geoJson");
        model.addAttribute("geoJson", geoJson == null ? "" : geoJson);
        model.addAttribute("outcome", null);
        model.addAttribute("errors", FormErrors.NONE);
        return Forms.submit(
                response,
                () -> {
                    FacilityImport.Outcome outcome = imports.run(geoJson, form.checked("confirm"), CurrentUser.name());
                    if (outcome.saved()) {
                        return "redirect:/app/facilities";
                    }
                    model.addAttribute("outcome", outcome);
                    return "facility/import";
                },
                e -> {
                    model.addAttribute("errors", FormErrors.of(e));
                    return "facility/import";
                });
    }

    @GetMapping("/facilities/new")
    String createForm(Model model) {
        return form(
                model,
                null,
                new FacilityCommand(
                        List.of(),
                        "reeducation_camp",
                        null,
                        null,
                        null,
                        100,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null),
                FormErrors.NONE);
    }

    @PostMapping("/facilities/new")
    String create(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        FormData form = new FormData(fields);
        FacilityCommand command = command(form);
        return Forms.submit(
                response,
                () -> {
                    form.throwIfUnreadable();
                    return "redirect:"
                            + Links.facility(
                                    edits.create(command, CurrentUser.name()).publicId());
                },
                e -> form(model, null, command, FormErrors.of(e)));
    }

    @GetMapping("/facilities/{publicId}/edit")
    String editForm(@PathVariable String publicId, Model model) {
        Facility f = facilities.getByPublicId(publicId);
        return form(
                model,
                f,
                new FacilityCommand(
                        f.names(),
                        f.kind().name(),
                        f.placeId(),
                        f.latitude(),
                        f.longitude(),
                        f.pointPrecisionM(),
                        f.outline(),
                        f.outlinePrecisionM(),
                        f.tier(),
                        f.tierSourceId(),
                        f.tierAssessedOn() == null ? null : f.tierAssessedOn().toString(),
                        f.tierNote(),
                        f.notes(),
                        f.synthetic(),
                        f.version(),
                        null),
                FormErrors.NONE);
    }

    @PostMapping("/facilities/{publicId}/edit")
    String edit(
            @PathVariable String publicId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Facility facility = facilities.getByPublicId(publicId);
        FormData form = new FormData(fields);
        FacilityCommand command = command(form);
        return Forms.submit(
                response,
                () -> {
                    form.throwIfUnreadable();
                    edits.update(facility.id(), command, CurrentUser.name());
                    return "redirect:" + Links.facility(facility.publicId());
                },
                e -> form(model, facility, command, FormErrors.of(e)));
    }

    @PostMapping("/facilities/{publicId}/publication")
    String publication(@PathVariable String publicId, @RequestParam MultiValueMap<String, String> fields) {
        Facility facility = facilities.getByPublicId(publicId);
        PublicationChange change = PublicationChange.of(new FormData(fields));
        edits.setPublication(facility.id(), change.publication(), change.version(), CurrentUser.name());
        return "redirect:" + Links.facility(facility.publicId());
    }

    @GetMapping("/facilities/{publicId}/retract")
    String retractForm(@PathVariable String publicId, Model model) {
        return retractPage(model, facilities.getByPublicId(publicId), "", FormErrors.NONE);
    }

    @PostMapping("/facilities/{publicId}/retract")
    String retract(
            @PathVariable String publicId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Facility facility = facilities.getByPublicId(publicId);
        FormData form = new FormData(fields);
        return Forms.submit(
                response,
                () -> {
                    edits.retract(facility.id(), RetractForm.retraction(form), CurrentUser.name());
                    return "redirect:" + Links.facility(facility.publicId());
                },
                e -> retractPage(model, facility, form.text("reason"), FormErrors.of(e)));
    }

    private static FacilityCommand command(FormData form) {
        List<FacilityName> names = new ArrayList<>();
        for (int i = 0; i < FacilityFormPage.NAME_ROWS; i++) {
            String name = form.text("name" + i);
            if (name != null && !name.isBlank()) {
                names.add(new FacilityName(name, form.text("lang" + i)));
            }
        }
        return new FacilityCommand(
                names,
                form.text("kind"),
                form.id("placeId"),
                form.decimal("latitude"),
                form.decimal("longitude"),
                form.integer("pointPrecisionM"),
                form.text("outline"),
                form.integer("outlinePrecisionM"),
                form.integer("tier"),
                form.id("tierSourceId"),
                form.text("tierAssessedOn"),
                form.text("tierNote"),
                form.text("notes"),
                form.checked("synthetic"),
                form.integer("version"),
                form.text("reason"));
    }

    private String form(Model model, Facility facility, FacilityCommand values, FormErrors errors) {
        model.addAttribute(
                "page",
                new FacilityFormPage(
                        facility,
                        values,
                        places.all(),
                        sources.list(null, null, null, 0, 100).items(),
                        errors));
        return "facility/form";
    }

    private String retractPage(Model model, Facility facility, String reason, FormErrors errors) {
        return RetractForm.show(
                model,
                Texts.t("app.facility.retractWhat", "name", facility.name()),
                Links.facility(facility.publicId()) + "/retract",
                Links.facility(facility.publicId()),
                facility.version(),
                reason,
                errors);
    }
}
