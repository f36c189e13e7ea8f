package org.casebook.publish;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.IntFunction;
import org.casebook.records.RecordNotFound;
import org.casebook.web.PublicAddress;
import org.casebook.web.Texts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** robots.txt, the sitemap and the Atom feed: the public record's addresses for search engines and feed readers. */
@RestController
class PublicIndexController {
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    /** The pages of the public site that are not records; the report status page is left out (it takes codes). */
    static final List<String> PAGES = List.of("/", "/search", "/status-rules", "/report", "/transparency");

    private final PublicIndex index;

    PublicIndexController(PublicIndex index) {
        this.index = index;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots() {
        return """
                User-agent: *
                Allow: /
                Disallow: /app/
                Disallow: /api/v1/
                Disallow: /login
                Disallow: /report/status
                Sitemap: %s
                """.formatted(PublicAddress.of("/sitemap.xml"));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemapIndex() {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        sitemap(xml, "/sitemap/pages.xml");
        for (long page = 0; page < index.personPages(); page++) {
            sitemap(xml, "/sitemap/persons-" + page + ".xml");
        }
        for (long page = 0; page < index.sourcePages(); page++) {
            sitemap(xml, "/sitemap/sources-" + page + ".xml");
        }
        return ResponseEntity.ok()
                .contentType(XML)
                .body(xml.append("</sitemapindex>\n").toString());
    }

    @GetMapping("/sitemap/pages.xml")
    ResponseEntity<String> pages() {
        return urlset(PAGES.stream().map(p -> new PublicIndex.Address(p, null)).toList());
    }

    @GetMapping("/sitemap/persons-{page}.xml")
    ResponseEntity<String> persons(@PathVariable int page) {
        return records(page, index.personPages(), index::personAddresses);
    }

    @GetMapping("/sitemap/sources-{page}.xml")
    ResponseEntity<String> sources(@PathVariable int page) {
        return records(page, index.sourcePages(), index::sourceAddresses);
    }

    private static ResponseEntity<String> records(
            int page, long pages, IntFunction<List<PublicIndex.Address>> addresses) {
        if (page < 0 || page >= Math.max(1, pages)) {
            throw new RecordNotFound("sitemap page", String.valueOf(page));
        }
        return urlset(addresses.apply(page));
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> feed() {
        List<PublicIndex.FeedEntry> entries = index.feed();
        String self = PublicAddress.of("/feed.atom");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Texts.lang())
                .append("\">\n")
                .append("<title>")
                .append(Xml.text(Texts.t("feed.title")))
                .append("</title>\n<id>")
                .append(Xml.text(self))
                .append("</id>\n<link rel=\"self\" href=\"")
                .append(Xml.text(self))
                .append("\"/>\n<link href=\"")
                .append(Xml.text(PublicAddress.of("/")))
                .append("\"/>\n<author><name>Casebook</name></author>\n<updated>")
                .append(time(
                        entries.isEmpty() ? Instant.EPOCH : entries.getFirst().updated()))
                .append("</updated>\n");
        for (PublicIndex.FeedEntry e : entries) {
            String address = PublicAddress.of(e.path());
            boolean person = e.path().startsWith("/persons/");
            String summary = person
                    ? Texts.t("feed.personSummary", "status", Texts.label("PersonStatus", e.summary()))
                    : Texts.t("feed.sourceSummary", "kind", Texts.label("SourceKind", e.summary()));
            xml.append("<entry><title>")
                    .append(Xml.text(e.title()))
                    .append("</title><id>")
                    .append(Xml.text(address))
                    .append("</id><link href=\"")
                    .append(Xml.text(address))
                    .append("\"/><updated>")
                    .append(time(e.updated()))
                    .append("</updated><summary>")
                    .append(Xml.text(summary))
                    .append("</summary></entry>\n");
        }
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(xml.append("</feed>\n").toString());
    }

    private static void sitemap(StringBuilder xml, String path) {
        xml.append("<sitemap><loc>").append(Xml.text(PublicAddress.of(path))).append("</loc></sitemap>\n");
    }

    private static ResponseEntity<String> urlset(List<PublicIndex.Address> addresses) {
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PublicIndex.Address a : addresses) {
            xml.append("<url><loc>")
                    .append(Xml.text(PublicAddress.of(a.path())))
                    .append("</loc>");
            if (a.lastChanged() != null) {
                xml.append("<lastmod>").append(time(a.lastChanged())).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return ResponseEntity.ok()
                .contentType(XML)
                .body(xml.append("</urlset>\n").toString());
    }

    private static String time(Instant moment) {
        return DateTimeFormatter.ISO_INSTANT.format(moment.truncatedTo(ChronoUnit.SECONDS));
    }
}
