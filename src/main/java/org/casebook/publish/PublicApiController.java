package org.casebook.publish;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.casebook.records.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read-only public API: the same published, redacted records as the public pages. */
@RestController
@RequestMapping("/api/public/v1")
class PublicApiController {
    private final PublicSite site;

    PublicApiController(PublicSite site) {
        this.site = site;
    }

    @GetMapping("/persons")
    @Operation(
            summary = "Search published persons by any name form in any script, or list them when q is empty; narrow by"
                    + " status, gender, prefecture (home prefecture), year (of detention or disappearance) and facility."
                    + " A name of two words or more lists the persons whose names answer every word, or when none does"
                    + " those sharing any one word; words=any always lists those sharing any one word")
    PageOf<PublicSite.PersonHit> persons(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam Map<String, String> params) {
        return site.search(q, params, page, PublicSite.PAGE_SIZE).results();
    }

    @GetMapping("/persons/{publicId}")
    @Operation(
            summary =
                    "A published person: public names, status derived from published claims, those claims and sources")
    PublicSite.PublicCase person(@PathVariable String publicId) {
        return site.person(publicId);
    }

    @GetMapping("/sources/{id}")
    @Operation(summary = "A published source and the published claims taken from it")
    PublicSite.SourcePage source(@PathVariable long id) {
        return site.source(id);
    }
}
