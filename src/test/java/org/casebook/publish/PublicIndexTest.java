package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** robots.txt, the sitemap and the feed, read as a search engine and a feed reader read them: anonymously. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicIndexTest {
    private static final String SHARED = "public, max-age=60, stale-while-revalidate=600";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @LocalServerPort
    int port;

    private String path(String absolute) {
        String prefix = "http://localhost:" + port;
        assertThat(absolute).startsWith(prefix);
        return absolute.substring(prefix.length());
    }

    private static List<String> locs(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = LOC.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyAddressInTheSitemapAnswers200ToAnAnonymousVisitor() {
        HttpApi visitor = new HttpApi(port);
        HttpApi.Reply robots = visitor.get("/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.body())
                .contains("Disallow: /app/")
                .contains("Sitemap: http://localhost:" + port + "/sitemap.xml");

        HttpApi.Reply index = visitor.get("/sitemap.xml");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("application/xml");
        List<String> sitemaps = locs(index.body());
        assertThat(sitemaps).contains("http://localhost:" + port + "/sitemap/persons-0.xml");

        List<String> addresses = new ArrayList<>();
        for (String sitemap : sitemaps) {
            HttpApi.Reply page = visitor.get(path(sitemap));
            assertThat(page.status()).as(sitemap).isEqualTo(200);
            addresses.addAll(locs(page.body()));
        }
        assertThat(addresses).contains("http://localhost:" + port + "/persons/CB-000001");
        assertThat(addresses).anyMatch(a -> a.contains("/sources/"));
        for (String address : addresses) {
            assertThat(visitor.get(path(address)).status()).as(address).isEqualTo(200);
        }
        assertThat(visitor.get("/sitemap/persons-999.xml").status()).isEqualTo(404);
    }

    @Test
    void theFeedListsPublishedRecordsNewestFirst() {
        HttpApi.Reply feed = new HttpApi(port).get("/feed.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(feed.body()).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
        assertThat(feed.body()).contains("<summary>A person's record. Status: ");
        Matcher link = Pattern.compile("<entry><title>[^<]*</title><id>[^<]*</id><link href=\"([^\"]+)\"/>")
                .matcher(feed.body());
        int entries = 0;
        while (link.find()) {
            assertThat(new HttpApi(port).get(path(link.group(1))).status()).isEqualTo(200);
            entries++;
        }
        assertThat(entries).isBetween(1, 50);
        List<String> updated = new ArrayList<>();
        Matcher m = Pattern.compile("<entry>.*?<updated>([^<]+)</updated>").matcher(feed.body());
        while (m.find()) {
            updated.add(m.group(1));
        }
        assertThat(updated).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void publishedPagesMayBeCachedBrieflyAndFormsNever() {
        HttpApi visitor = new HttpApi(port);
        HttpApi.Reply page = visitor.get("/persons/CB-000001");
        assertThat(page.headers().firstValue("Cache-Control").orElse(null)).isEqualTo(SHARED);
        String etag = page.headers().firstValue("ETag").orElse(null);
        assertThat(etag).isNotBlank();
        assertThat(page.headers().firstValue("Vary").orElse(null)).contains("Accept-Language");

        HttpApi.Reply again = visitor.get("/persons/CB-000001", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        assertThat(visitor.get("/report").headers().firstValue("Cache-Control").orElse(null))
                .contains("no-store");
        assertThat(visitor.get("/persons/CB-999999")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(null))
                .contains("no-store");
        assertThat(visitor.get("/persons/CB-000001?lang=tr")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(null))
                .isEqualTo("no-store");
        assertThat(visitor.get("/api/public/v1/persons/CB-000001")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(null))
                .isEqualTo(SHARED);
    }
}
