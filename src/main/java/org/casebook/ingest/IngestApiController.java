package org.casebook.ingest;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.records.Dates;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IngestApiController {
    private final Extractor extractor;

    IngestApiController(Extractor extractor) {
        this.extractor = extractor;
    }

    /** An article to read; title, publisher and publication date help resolve the narrator and relative dates. */
    record ArticleRequest(String text, String title, String publisher, String publishedOn) {}

    @PostMapping("/api/v1/ingest/extract")
    @Operation(
            summary = "Read an article into proposed persons, quotes, attributions and status claims; saves nothing. "
                    + "The first call loads the language models (about 25 s).")
    Extraction extract(@RequestBody ArticleRequest article) {
        Permissions.require(Role.contributor);
        InputChecks.Collector problems = new InputChecks.Collector();
        LocalDate published = Dates.parse(article.publishedOn(), "publishedOn", problems);
        if (article.publisher() != null && article.publisher().length() > 300) {
            problems.problem("publisher", "must be at most 300 characters", "error.tooLong", "max", 300);
        }
        problems.throwIfAny();
        if (article.text() == null) {
            throw new InvalidInput("text", "give the article's text", "app.error.noText");
        }
        return extractor.extract(article.text(), article.publisher(), published);
    }
}
