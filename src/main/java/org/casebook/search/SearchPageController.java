package org.casebook.search;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SearchPageController {
    private final SearchIndex index;
    private final SearchIndexer indexer;

    SearchPageController(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @GetMapping("/app/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        SearchQuery query = SearchApiController.query(q, params, Math.max(0, page), 20);
        model.addAttribute("page", new SearchPage(q, query, index.search(query), indexer.progress()));
        return "search/search";
    }

    @PostMapping("/app/search/rebuild")
    String rebuild() {
        indexer.startRebuild(false);
        return "redirect:/app/search";
    }
}
