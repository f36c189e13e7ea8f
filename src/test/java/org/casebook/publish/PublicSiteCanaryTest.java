package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a unique canary string into every internal and secret field of a set of records, some of them published,
 * then crawls the public site and public API as an anonymous visitor, following every link, and looks for the
 * canaries everywhere: bodies, attributes, JSON and headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSiteCanaryTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"(/[^\"]*)\"");
    private static final Pattern ABSOLUTE = Pattern.compile("(?:<loc>|href=\")(http://[^<\"]+)");
    private static final Pattern API_PATH = Pattern.compile("\"(/api/public/v1/[^\"]*)\"");
    private static final Pattern PUBLIC_ID = Pattern.compile("\"publicId\":\"(CB-\\d{6,})\"");
    private static final Pattern SOURCE_ID = Pattern.compile("\"source\":\\{\"id\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final String run =
            "CANARY" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<String> planted = new ArrayList<>();
    /** Letters only, so that name keys treat it as a name: an unpublished alias that must find nobody. */
    private final String hiddenAlias = "Yashirin"
            + new Random()
                    .ints(6, 0, 26)
                    .mapToObj(i -> String.valueOf((char) ('a' + i)))
                    .collect(Collectors.joining());

    @Autowired
    JdbcClient jdbc;

    private long latestReport() {
        return jdbc.sql("select coalesce(max(id), 0) from report")
                .query(Long.class)
                .single();
    }

    private String canary(String field) {
        String value = run + field;
        planted.add(value);
        return value;
    }

    @Test
    void noInternalOrSecretValueReachesAnAnonymousVisitor() throws Exception {
        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        HttpApi editor = new HttpApi(port, editorAccount.token());
        String publishedId = CanaryRecords.plant(editor, run, hiddenAlias, this::canary, planted);
        CanaryLifeRequests.plant(editor, publishedId, this::canary);
        String facility = CanaryFacilities.plant(editor, this::canary);
        CanaryReports.plant(
                port,
                TestAccounts.session(editorAccount, port),
                editor,
                latestReport(),
                publishedId,
                this::canary,
                this::latestReport);
        Thread.sleep(1500);

        HttpApi visitor = new HttpApi(port);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(
                "/",
                "/search",
                "/report",
                "/report/status",
                "/login",
                "/persons/" + publishedId,
                "/api/public/v1/persons",
                "/api/public/v1/persons/" + publishedId,
                "/api/public/v1/ledger/key",
                "/search?q=" + run,
                "/api/public/v1/persons?q=" + run,
                "/search?q=Canaryjan",
                "/api/public/v1/persons?q=Canaryjan",
                "/search?q=" + hiddenAlias,
                "/persons/" + publishedId + "/bundle",
                "/transparency",
                "/proof-of-life",
                "/api/public/v1/life-requests",
                "/statistics",
                "/robots.txt",
                "/feed.atom",
                "/sitemap.xml",
                "/search.csv",
                "/search.json",
                "/search.json?q=Gulnar%20Publicova",
                "/search.csv?q=" + run,
                "/search?status=missing",
                "/facilities",
                "/facilities/" + facility,
                "/facilities.csv",
                "/facilities.geojson",
                "/api/public/v1/facilities",
                "/export/casebook-published.zip",
                "/export/casebook-published.json"));
        List<String> leaks = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 600) {
            String path = queue.poll();
            if (!seen.add(path) || path.startsWith("/app") || path.startsWith("/api/v1")) {
                continue;
            }
            HttpApi.Reply reply = visitor.get(path);
            String everything = reply.body() + "\n" + reply.headers().map();
            if ("application/zip".equals(reply.contentType())) {
                // A bundle is compressed: read every file in it.
                everything = unzipped(path) + "\n" + reply.headers().map();
            }
            if (path.contains("q=")) {
                // The search box shows back what the visitor typed; that is theirs, not a leak.
                everything = everything.replace(
                        path.substring(path.indexOf("q=") + 2).split("&")[0], "");
            }
            for (String value : planted) {
                if (everything.contains(value)) {
                    leaks.add(value.substring(run.length()) + " at " + path);
                }
            }
            if (everything.contains(run)) {
                leaks.add("a canary at " + path);
            }
            links(reply.body()).forEach(queue::add);
        }
        assertThat(seen)
                .as(
                        "the crawl reached the published person, its bundle, its sources, a public file, the feed and the sitemap")
                .contains(
                        "/persons/" + publishedId,
                        "/persons/" + publishedId + "/bundle",
                        "/sitemap/persons-0.xml",
                        "/facilities/" + facility)
                .anyMatch(p -> p.startsWith("/sources/"))
                .anyMatch(p -> p.startsWith("/evidence/") && p.endsWith("/thumbnail"));
        assertThat(leaks).isEmpty();
        // An unpublished name finds nobody.
        assertThat(visitor.get("/api/public/v1/persons?q=" + hiddenAlias)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(visitor.get("/api/public/v1/persons?q=Gulnar%20Publicova")
                        .json()
                        .get("items")
                        .toString())
                .as("the published name finds the person")
                .contains(publishedId);
        assertThat(visitor.get("/api/public/v1/persons?q=Canaryjan")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(visitor.get("/api/public/v1/persons/" + publishedId)
                        .json()
                        .get("person")
                        .get("names")
                        .size())
                .isEqualTo(1);
    }

    /** Every file of a zip the visitor downloads, as text. */
    private String unzipped(String path) {
        try {
            byte[] zip = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            StringBuilder text = new StringBuilder();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    text.append(e.getName()).append('\n');
                    text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .append('\n');
                }
            }
            assertThat(text)
                    .as("the archive at " + path + " has its files")
                    .contains(path.startsWith("/export/") ? "persons.csv" : "entries/");
            return text.toString();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> links(String body) {
        List<String> found = new ArrayList<>();
        // Absolute addresses of this site (sitemap, feed, canonical links) are followed as paths.
        Matcher absolute = ABSOLUTE.matcher(body);
        while (absolute.find()) {
            String address = absolute.group(1).replace("&amp;", "&");
            String prefix = "http://localhost:" + port;
            if (address.startsWith(prefix + "/")) {
                found.add(address.substring(prefix.length()));
            }
        }
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        m = API_PATH.matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        m = PUBLIC_ID.matcher(body);
        while (m.find()) {
            found.add("/api/public/v1/persons/" + m.group(1));
            found.add("/persons/" + m.group(1));
        }
        m = SOURCE_ID.matcher(body);
        while (m.find()) {
            found.add("/api/public/v1/sources/" + m.group(1));
            found.add("/sources/" + m.group(1));
        }
        return found;
    }
}
