package org.casebook.ingest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.claim.ClaimService;
import org.casebook.matching.DuplicateQueue;
import org.casebook.records.InvalidInput;
import org.casebook.source.SourceService;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Pages to read an article and review what it proposes. */
@Controller
class ArticlePageController {
    private final ArticleService articles;
    private final ArticleReview review;
    private final SourceService sources;
    private final DuplicateQueue duplicates;
    private final ClaimService claimTypes;

    ArticlePageController(
            ArticleService articles,
            ArticleReview review,
            SourceService sources,
            DuplicateQueue duplicates,
            ClaimService claimTypes) {
        this.articles = articles;
        this.review = review;
        this.sources = sources;
        this.duplicates = duplicates;
        this.claimTypes = claimTypes;
    }

    @GetMapping("/app/ingest")
    String form(Model model) {
        return form(model, new ArticleCommand("", "", "", "", "", "news_article", "media", "C"), FormErrors.NONE);
    }

    @PostMapping("/app/ingest")
    String read(
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response) {
        FormData form = new FormData(fields);
        ArticleCommand command = new ArticleCommand(
                form.text("text"),
                form.text("title"),
                form.text("publisher"),
                form.text("url"),
                form.text("publishedOn"),
                form.text("kind"),
                form.text("party"),
                form.text("reliability"));
        try {
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > ArticleFiles.MAX_BYTES) {
                    throw new InvalidInput("file", "at most 10 MB", "app.error.fileTooLarge");
                }
                return "redirect:/app/ingest/"
                        + articles.readFile(
                                        file.getOriginalFilename() == null ? "article" : file.getOriginalFilename(),
                                        file.getBytes(),
                                        command)
                                .articleId();
            }
            return "redirect:/app/ingest/" + articles.read(command);
        } catch (InvalidInput e) {
            response.setStatus(400);
            return form(model, command, FormErrors.of(e));
        } catch (IOException e) {
            response.setStatus(400);
            return form(
                    model,
                    command,
                    FormErrors.of(
                            new InvalidInput("file", "the upload was cut off; send it again", "app.error.uploadCut")));
        }
    }

    @GetMapping("/app/ingest/{id}")
    String review(@PathVariable long id, Model model) {
        Article article = articles.get(id);
        var source = sources.get(article.sourceId());
        if (article.reading()) {
            model.addAttribute("article", article);
            model.addAttribute("title", source.title());
            model.addAttribute("ahead", articles.aheadInQueue(id));
            return "ingest/reading";
        }
        Extraction proposals = article.proposals();
        List<ArticlePage.PersonRow> persons = new ArrayList<>();
        Map<String, String> matched = new HashMap<>();
        for (Extraction.PersonProposal p : proposals.persons()) {
            DuplicateQueue.Match match = duplicates.possibleMatches(List.of(p.name()), null, null, null, null).stream()
                    .filter(m -> !m.band().equals("different"))
                    .findFirst()
                    .orElse(null);
            persons.add(new ArticlePage.PersonRow(p, match));
            if (match != null) {
                matched.put(p.name(), match.publicId());
            }
        }
        List<ArticlePage.ClaimRow> claims = new ArrayList<>();
        for (int i = 0; i < proposals.claims().size(); i++) {
            Extraction.ClaimProposal c = proposals.claims().get(i);
            String role = proposals.persons().stream()
                    .filter(p -> p.name().equals(c.asserter()) && p.role() != null)
                    .map(Extraction.PersonProposal::role)
                    .findFirst()
                    .orElse("");
            claims.add(new ArticlePage.ClaimRow(
                    i,
                    c,
                    c.subject() == null ? null : matched.get(c.subject()),
                    PartyGuess.of(c.asserter() + " " + role),
                    article.decisionFor(c)));
        }
        model.addAttribute(
                "page",
                new ArticlePage(
                        article,
                        source.title(),
                        ArticlePage.pieces(source.excerpt() == null ? "" : source.excerpt(), proposals.claims()),
                        persons,
                        claims));
        model.addAttribute("parties", ArticlePage.parties());
        model.addAttribute("types", claimTypes.types());
        return "ingest/review";
    }

    /** Polled by the reading page (htmx); once the article is read, the page reloads into the review. */
    @GetMapping("/app/ingest/{id}/state")
    String state(@PathVariable long id, Model model, HttpServletResponse response) {
        Article article = articles.get(id);
        if (!article.reading()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("article", article);
        model.addAttribute("ahead", article.reading() ? articles.aheadInQueue(id) : 0);
        return "ingest/readingState";
    }

    @PostMapping("/app/ingest/{id}/claims/{index}/accept")
    String accept(@PathVariable long id, @PathVariable int index, @RequestParam MultiValueMap<String, String> fields) {
        FormData form = new FormData(fields);
        review.accept(
                id,
                index,
                new ArticleReview.Acceptance(
                        form.text("personId"),
                        form.text("newPersonName"),
                        form.text("type"),
                        form.text("asserter"),
                        form.text("asserterParty"),
                        form.text("stance"),
                        form.text("date"),
                        form.text("term"),
                        form.text("charge"),
                        form.text("facility")));
        return "redirect:/app/ingest/" + id + "#claim-" + index;
    }

    @PostMapping("/app/ingest/{id}/claims/{index}/reject")
    String reject(@PathVariable long id, @PathVariable int index) {
        review.reject(id, index);
        return "redirect:/app/ingest/" + id + "#claim-" + index;
    }

    @PostMapping("/app/ingest/{id}/reread")
    String reread(@PathVariable long id) {
        articles.reread(id);
        return "redirect:/app/ingest/" + id;
    }

    private String form(Model model, ArticleCommand values, FormErrors errors) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("recent", articles.recent());
        return "ingest/form";
    }
}
