package org.casebook.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.casebook.access.CurrentUser;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.claim.ClaimFormPage;
import org.casebook.claim.ClaimService;
import org.casebook.claim.ClaimView;
import org.casebook.claim.ClaimViews;
import org.casebook.evidence.EvidenceStore;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.RevisionLog;
import org.casebook.place.PlaceService;
import org.casebook.source.SourceService;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.casebook.web.Links;
import org.casebook.web.PublicationChange;
import org.casebook.web.RetractForm;
import org.casebook.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/app/claims")
class ClaimPageController {

    private final ClaimService claims;
    private final ClaimEdits claimEdits;
    private final ClaimViews views;
    private final SourceService sources;
    private final PlaceService places;
    private final RevisionLog revisions;
    private final EvidenceStore evidence;

    ClaimPageController(
            ClaimService claims,
            ClaimEdits claimEdits,
            ClaimViews views,
            SourceService sources,
            PlaceService places,
            RevisionLog revisions,
            EvidenceStore evidence) {
        this.evidence = evidence;
        this.claims = claims;
        this.claimEdits = claimEdits;
        this.views = views;
        this.sources = sources;
        this.places = places;
        this.revisions = revisions;
    }

    @PostMapping("/{id}/publication")
    String publication(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields) {
        PublicationChange change = PublicationChange.of(new FormData(fields));
        claimEdits.setPublication(id, change.publication(), change.version(), CurrentUser.name());
        return "redirect:" + Links.claim(id);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ClaimView claim = views.of(claims.get(id));
        model.addAttribute("claim", claim);
        model.addAttribute("history", revisions.entries(Map.of(RecordType.claim, List.of(id)), r -> "claim " + id));
        model.addAttribute("files", evidence.attachedTo(List.of(), List.of(id)));
        return "claim/show";
    }

    @GetMapping("/new")
    String createForm(
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) Long sourceId,
            @RequestParam(required = false) String facilityId,
            Model model) {
        boolean facility = facilityId != null && !facilityId.isBlank() && (personId == null || personId.isBlank());
        return form(
                model,
                null,
                new ClaimCommand(
                        personId,
                        null,
                        facility ? "facility_detention" : "detained",
                        null,
                        facilityId,
                        null,
                        null,
                        null,
                        "day",
                        null,
                        null,
                        sourceId,
                        "",
                        "family",
                        "asserts",
                        null,
                        6,
                        "unverified",
                        null,
                        false,
                        null,
                        null),
                FormErrors.NONE);
    }

    @PostMapping("/new")
    String create(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        FormData form = new FormData(fields);
        ClaimCommand command = command(form);
        return Forms.submit(
                response,
                () -> {
                    form.throwIfUnreadable();
                    Claim claim = claimEdits.create(command, CurrentUser.name());
                    return "redirect:" + afterSave(claim);
                },
                e -> form(model, null, command, FormErrors.of(e)));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Claim c = claims.get(id);
        ClaimView v = views.of(c);
        return form(
                model,
                c,
                new ClaimCommand(
                        v.personId(),
                        c.subjectPlaceId(),
                        c.type(),
                        c.placeId(),
                        v.facilityId(),
                        c.sentenceTerm(),
                        c.charge(),
                        c.details(),
                        c.eventDate().precision().name(),
                        c.eventDate().formValue(),
                        c.eventDate().to() == null ? null : c.eventDate().to().toString(),
                        c.sourceId(),
                        c.asserter(),
                        c.asserterParty().name(),
                        c.stance().name(),
                        c.quote(),
                        c.credibility(),
                        c.verification().name(),
                        c.notes(),
                        c.synthetic(),
                        c.version(),
                        null),
                FormErrors.NONE);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Claim current = claims.get(id);
        FormData form = new FormData(fields);
        ClaimCommand command = command(form);
        return Forms.submit(
                response,
                () -> {
                    form.throwIfUnreadable();
                    return "redirect:" + afterSave(claimEdits.update(id, command, CurrentUser.name()));
                },
                e -> form(model, current, command, FormErrors.of(e)));
    }

    @GetMapping("/{id}/retract")
    String retractForm(@PathVariable long id, Model model) {
        return retractPage(model, claims.get(id), "", FormErrors.NONE);
    }

    @PostMapping("/{id}/retract")
    String retract(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Claim claim = claims.get(id);
        FormData form = new FormData(fields);
        return Forms.submit(
                response,
                () -> {
                    return "redirect:"
                            + afterSave(claimEdits.retract(id, RetractForm.retraction(form), CurrentUser.name()));
                },
                e -> retractPage(model, claim, form.text("reason"), FormErrors.of(e)));
    }

    private String afterSave(Claim claim) {
        ClaimView view = views.of(claim);
        if (view.personId() != null) {
            return Links.person(view.personId()) + "#claim-" + claim.id();
        }
        return view.facilityId() != null
                ? Links.facility(view.facilityId()) + "#claim-" + claim.id()
                : Links.claim(claim.id());
    }

    private static ClaimCommand command(FormData form) {
        return new ClaimCommand(
                form.text("personId"),
                form.id("subjectPlaceId"),
                form.text("type"),
                form.id("placeId"),
                form.text("facilityId"),
                form.text("sentenceTerm"),
                form.text("charge"),
                form.text("details"),
                form.text("datePrecision"),
                form.text("date"),
                form.text("dateTo"),
                form.id("sourceId"),
                form.text("asserter"),
                form.text("asserterParty"),
                form.text("stance"),
                form.text("quote"),
                form.integer("credibility"),
                form.text("verification"),
                form.text("notes"),
                form.checked("synthetic"),
                form.integer("version"),
                form.text("reason"));
    }

    private String form(Model model, Claim claim, ClaimCommand values, FormErrors errors) {
        model.addAttribute(
                "page",
                new ClaimFormPage(
                        claim,
                        values,
                        claims.types(),
                        sources.list(null, null, null, 0, 100).items(),
                        places.all(),
                        errors));
        return "claim/form";
    }

    private String retractPage(Model model, Claim claim, String reason, FormErrors errors) {
        return RetractForm.show(
                model,
                Texts.t(
                        "app.retract.claim",
                        "id",
                        String.valueOf(claim.id()),
                        "type",
                        Texts.appLabel("ClaimType", claim.type()),
                        "asserter",
                        claim.asserter()),
                Links.claim(claim.id()) + "/retract",
                Links.claim(claim.id()),
                claim.version(),
                reason,
                errors);
    }
}
