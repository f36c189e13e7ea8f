package org.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.person.PublishedPerson;
import org.casebook.web.CsvCells;
import org.casebook.web.Links;
import org.casebook.web.PublicAddress;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A public search's results as CSV (for a spreadsheet) or JSON: the same published fields the results page shows,
 * the first thousand matches at most, and nothing else.
 */
@RestController
class PublicDownloads {
    static final int MAX_ROWS = 1000;
    private static final int BATCH = 100;

    private final PublicSite site;

    PublicDownloads(PublicSite site) {
        this.site = site;
    }

    private record Rows(long total, List<PublicSite.PersonHit> hits) {}

    private Rows rows(String q, Map<String, String> params) {
        List<PublicSite.PersonHit> hits = new ArrayList<>();
        long total = 0;
        for (int page = 0; page * BATCH < MAX_ROWS; page++) {
            PublicSite.SearchPage found = site.search(q, params, page, BATCH);
            total = found.results().total();
            hits.addAll(found.results().items());
            if (!found.results().hasNext()) {
                break;
            }
        }
        return new Rows(total, hits);
    }

    @GetMapping("/search.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String q, @RequestParam Map<String, String> params) {
        Rows rows = rows(q, params);
        StringBuilder csv = new StringBuilder("\uFEFF"); // so that spreadsheets read the names' scripts as UTF-8
        csv.append("public_id,name,matched_name,other_names,status,gender,born,hometown,address\r\n");
        for (PublicSite.PersonHit hit : rows.hits()) {
            PublishedPerson p = hit.person();
            List<String> cells = List.of(
                    p.publicId(),
                    p.displayName(),
                    hit.matched() == null ? "" : hit.matched(),
                    p.names().stream()
                            .map(PublishedPerson.Name::text)
                            .filter(n -> !n.equals(p.displayName()))
                            .collect(Collectors.joining(" | ")),
                    hit.status(),
                    p.gender(),
                    p.birthYears() == null ? "" : p.birthYears(),
                    p.hometown() == null ? "" : p.hometown(),
                    PublicAddress.of(Links.publicPerson(p.publicId())));
            csv.append(cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("casebook-search.csv"))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/search.json")
    ResponseEntity<Map<String, Object>> json(
            @RequestParam(required = false) String q, @RequestParam Map<String, String> params) {
        Rows rows = rows(q, params);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", q == null ? "" : q.strip());
        answer.put("total", rows.total());
        answer.put("truncated", rows.total() > rows.hits().size());
        answer.put(
                "items",
                rows.hits().stream()
                        .map(hit -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("person", hit.person());
                            item.put("status", hit.status());
                            item.put("matched", hit.matched());
                            item.put(
                                    "address",
                                    PublicAddress.of(
                                            Links.publicPerson(hit.person().publicId())));
                            return item;
                        })
                        .toList());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("casebook-search.json"))
                .body(answer);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
