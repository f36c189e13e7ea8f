package org.casebook.publish;

import org.casebook.status.RulesDocument;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public site: read-only pages built only from PublicSite. */
@Controller
class PublicPageController {
    private final PublicSite site;

    PublicPageController(PublicSite site) {
        this.site = site;
    }

    @GetMapping({"/", "/search"})
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", site.search(q, page));
        return "publish/persons";
    }

    @GetMapping("/persons/{publicId}")
    String person(@PathVariable String publicId, Model model) {
        model.addAttribute("page", site.citedPerson(publicId));
        return "publish/person";
    }

    @GetMapping("/sources/{id}")
    String source(@PathVariable long id, Model model) {
        model.addAttribute("page", site.citedSource(id));
        return "publish/source";
    }

    /** The rules that derive every status, readable by anyone: a status nobody can check is not worth showing. */
    @GetMapping("/status-rules")
    String statusRules(Model model) {
        model.addAttribute("text", RulesDocument.text());
        return "publish/status-rules";
    }
}
