package org.casebook.publish;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.casebook.person.PublishedPersons;
import org.casebook.prooflife.PublicLifeRequests;
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

    private final PublicBundles bundles;
    private final PublicLifeRequests lifeRequests;

    PublicPageController(PublicSite site, PublicBundles bundles, PublicLifeRequests lifeRequests) {
        this.site = site;
        this.bundles = bundles;
        this.lifeRequests = lifeRequests;
    }

    @GetMapping({"/", "/search"})
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam Map<String, String> params,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", site.search(q, params, page, PublicSite.PAGE_SIZE));
        return "publish/persons";
    }

    @GetMapping("/persons/{publicId}")
    String person(@PathVariable String publicId, Model model) {
        PublishedPersons.Found found = site.publishedPerson(publicId);
        model.addAttribute("page", site.citedPerson(found));
        model.addAttribute("lifeRequests", lifeRequests.forPerson(found));
        return "publish/person";
    }

    @GetMapping("/sources/{id}")
    String source(@PathVariable long id, Model model) {
        model.addAttribute("page", site.citedSource(id));
        return "publish/source";
    }

    /** A published person's public evidence bundle: no account needed, nothing in it that the page does not show. */
    @GetMapping("/persons/{publicId}/bundle")
    void personBundle(@PathVariable String publicId, HttpServletResponse response) throws IOException {
        BundleApiController.send(bundles.forPerson(publicId), "casebook-" + publicId + "-public.zip", response);
    }

    @GetMapping("/sources/{id}/bundle")
    void sourceBundle(@PathVariable long id, HttpServletResponse response) throws IOException {
        BundleApiController.send(bundles.forSource(id), "casebook-source-" + id + "-public.zip", response);
    }

    /** The rules that derive every status, readable by anyone: a status nobody can check is not worth showing. */
    @GetMapping("/status-rules")
    String statusRules(Model model) {
        model.addAttribute("text", RulesDocument.text());
        return "publish/status-rules";
    }
}
