package org.casebook.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.claim.ClaimService;
import org.casebook.claim.ClaimViews;
import org.casebook.evidence.EvidenceStore;
import org.casebook.prooflife.LifeRequestService;
import org.casebook.source.Party;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceFormPage;
import org.casebook.source.SourceKind;
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
@RequestMapping("/app/sources")
class SourcePageController {
    private final SourceService sources;
    private final ClaimService claims;
    private final ClaimViews claimViews;

    private final EvidenceStore evidence;

    private final LifeRequestService lifeRequests;

    SourcePageController(
            SourceService sources,
            ClaimService claims,
            ClaimViews claimViews,
            EvidenceStore evidence,
            LifeRequestService lifeRequests) {
        this.lifeRequests = lifeRequests;
        this.evidence = evidence;
        this.sources = sources;
        this.claims = claims;
        this.claimViews = claimViews;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("source", sources.get(id));
        model.addAttribute("claims", claimViews.of(claims.fromSource(id)));
        model.addAttribute("files", evidence.attachedTo(List.of(id), List.of()));
        model.addAttribute("answers", lifeRequests.answeredBy(id));
        return "source/show";
    }

    @PostMapping("/{id}/publication")
    String publication(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields) {
        PublicationChange change = PublicationChange.of(new FormData(fields));
        sources.setPublication(id, change.publication(), change.version(), CurrentUser.name());
        return "redirect:" + Links.source(id);
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SourceKind kind,
            @RequestParam(required = false) Party party,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("results", sources.list(q, kind, party, Math.max(0, page), 50));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind == null ? null : kind.name());
        model.addAttribute("party", party == null ? null : party.name());
        return "source/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(
                model,
                null,
                new SourceCommand("news_article", "", null, null, null, null, "unknown", "F", null, false, null, null),
                FormErrors.NONE);
    }

    @PostMapping("/new")
    String create(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        SourceCommand command = command(new FormData(fields));
        return Forms.submit(
                response,
                () -> {
                    return "redirect:"
                            + Links.source(
                                    sources.create(command, CurrentUser.name()).id());
                },
                e -> form(model, null, command, FormErrors.of(e)));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Source s = sources.get(id);
        return form(
                model,
                s,
                new SourceCommand(
                        s.kind().name(),
                        s.title(),
                        s.publisher(),
                        s.url(),
                        s.publishedOn() == null ? null : s.publishedOn().toString(),
                        s.language(),
                        s.party().name(),
                        s.reliability().name(),
                        s.excerpt(),
                        s.synthetic(),
                        s.version(),
                        null,
                        s.consent() == null ? null : s.consent().name()),
                FormErrors.NONE);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Source source = sources.get(id);
        FormData form = new FormData(fields);
        SourceCommand command = command(form);
        return Forms.submit(
                response,
                () -> {
                    form.throwIfUnreadable();
                    sources.update(id, command, CurrentUser.name());
                    return "redirect:" + Links.source(id);
                },
                e -> form(model, source, command, FormErrors.of(e)));
    }

    @GetMapping("/{id}/retract")
    String retractForm(@PathVariable long id, Model model) {
        return retractPage(model, sources.get(id), "", FormErrors.NONE);
    }

    @PostMapping("/{id}/retract")
    String retract(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Source source = sources.get(id);
        FormData form = new FormData(fields);
        return Forms.submit(
                response,
                () -> {
                    sources.retract(id, RetractForm.retraction(form), CurrentUser.name());
                    return "redirect:" + Links.source(id);
                },
                e -> retractPage(model, source, form.text("reason"), FormErrors.of(e)));
    }

    private static SourceCommand command(FormData form) {
        return new SourceCommand(
                form.text("kind"),
                form.text("title"),
                form.text("publisher"),
                form.text("url"),
                form.text("publishedOn"),
                form.text("language"),
                form.text("party"),
                form.text("reliability"),
                form.text("excerpt"),
                form.checked("synthetic"),
                form.integer("version"),
                form.text("reason"),
                form.text("consent"));
    }

    private String form(Model model, Source source, SourceCommand values, FormErrors errors) {
        model.addAttribute("page", new SourceFormPage(source, values, errors));
        return "source/form";
    }

    private String retractPage(Model model, Source source, String reason, FormErrors errors) {
        return RetractForm.show(
                model,
                Texts.t("app.retract.source", "title", source.title()),
                Links.source(source.id()) + "/retract",
                Links.source(source.id()),
                source.version(),
                reason,
                errors);
    }
}
