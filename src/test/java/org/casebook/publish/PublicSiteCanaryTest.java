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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.person.PersonMerges;
import org.casebook.person.PersonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

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

    @Autowired
    PersonService personService;

    @Autowired
    PersonMerges merges;

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
        String publishedId = plantRecords(editor);
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

    /** Returns the public id of the published person. */
    /**
     * A name marked published on a person who is not: once that person is merged into a published one, the public
     * page still does not show the name, and so the public search must not find it either.
     */
    @Test
    void aMergedRecordsNameStaysOutOfThePublicSearch() throws InterruptedException {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String hidden = "Qoshulghan" + hiddenAlias.substring("Yashirin".length());
        String kept = create(editor, "Ochuq Kishi" + hiddenAlias.substring("Yashirin".length()));
        String merged = create(editor, hidden);
        JsonNode keptPerson = editor.get("/api/v1/persons/" + kept).json();
        assertThat(editor.put(
                                "/api/v1/persons/" + kept + "/publication",
                                Map.of(
                                        "state",
                                        "published",
                                        "version",
                                        keptPerson.get("version").asInt()))
                        .status())
                .isEqualTo(200);
        JsonNode name =
                editor.get("/api/v1/persons/" + merged).json().get("names").get(0);
        assertThat(editor.put(
                                "/api/v1/persons/" + merged + "/names/"
                                        + name.get("id").asLong() + "/publication",
                                Map.of(
                                        "state",
                                        "published",
                                        "version",
                                        name.get("version").asInt()))
                        .status())
                .isEqualTo(200);
        CurrentUser.asSystem(
                "tests", () -> merges.merge(internalId(merged), internalId(kept), "tests", "the same person"));
        Thread.sleep(500);
        HttpApi visitor = new HttpApi(port);
        assertThat(visitor.get("/api/public/v1/persons/" + kept).body()).doesNotContain(hidden);
        assertThat(visitor.get("/api/public/v1/persons?q=" + HttpApi.encode(hidden))
                        .body())
                .doesNotContain(kept)
                .doesNotContain(hidden);
        assertThat(visitor.get("/search?q=" + HttpApi.encode(hidden)).body()).doesNotContain(kept);
    }

    private String create(HttpApi editor, String name) {
        HttpApi.Reply reply = editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of("gender", "female", "names", List.of(Map.of("text", name, "kind", "primary"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("publicId").asString();
    }

    private long internalId(String publicId) {
        return CurrentUser.asSystem(
                "tests",
                () -> personService.byPublicIds(List.of(publicId)).get(publicId).id());
    }

    private String plantRecords(HttpApi editor) {
        JsonNode person = ok(editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "female",
                        "notes",
                        canary("personNotes"),
                        "occupation",
                        canary("occupation"),
                        "ethnicity",
                        canary("ethnicity"),
                        "names",
                        List.of(
                                Map.of("text", "Gulnar Publicova", "kind", "primary"),
                                Map.of("text", hiddenAlias, "kind", "alias"),
                                Map.of("text", "Canaryjan Hiddenov", "kind", "alias")))));
        planted.add(hiddenAlias);
        String publicId = person.get("publicId").asString();
        ok(editor.put("/api/v1/persons/" + publicId + "/publication", Map.of("state", "published", "version", 1)));
        JsonNode firstName = person.get("names").get(0);
        ok(editor.put(
                "/api/v1/persons/" + publicId + "/names/" + firstName.get("id").asLong() + "/publication",
                Map.of("state", "published", "version", 1)));
        long personId = ok(editor.get("/api/v1/persons/" + publicId))
                .get("names")
                .get(0)
                .get("id")
                .asLong();
        String nationalId = "NID" + System.nanoTime();
        planted.add(nationalId);
        ok(editor.put(
                "/api/v1/secrets/person/" + internalId(editor, publicId),
                Map.of(
                        "exact_address",
                        canary("address"),
                        "secret_note",
                        canary("personSecretNote"),
                        "national_id",
                        nationalId)));

        JsonNode news = ok(editor.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "news_article",
                        "title",
                        "A published article",
                        "party",
                        "media",
                        "reliability",
                        "B",
                        "excerpt",
                        canary("newsExcerpt"))));
        publish(
                editor,
                "/api/v1/sources/" + news.get("id").asLong(),
                news.get("version").asInt());
        JsonNode testimony = ok(editor.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "testimony",
                        "title",
                        canary("testimonyTitle"),
                        "publisher",
                        canary("testimonyPublisher"),
                        "url",
                        "https://" + run.toLowerCase() + ".example/t",
                        "party",
                        "family",
                        "reliability",
                        "C",
                        "excerpt",
                        canary("testimonyExcerpt"),
                        "language",
                        "ug",
                        "publishedOn",
                        "2019-02-01",
                        "consent",
                        "publish_anonymously")));
        planted.add(run.toLowerCase());
        publish(
                editor,
                "/api/v1/sources/" + testimony.get("id").asLong(),
                testimony.get("version").asInt());
        ok(editor.put(
                "/api/v1/secrets/source/" + testimony.get("id").asLong(),
                Map.of("testifier_name", canary("testifierName"), "testifier_contact", canary("testifierContact"))));
        JsonNode draftSource = ok(editor.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "leak",
                        "title",
                        canary("internalSourceTitle"),
                        "party",
                        "unknown",
                        "reliability",
                        "F")));

        JsonNode fromNews = ok(editor.post(
                "/api/v1/claims",
                claim(
                        publicId,
                        news.get("id").asLong(),
                        "A reporter",
                        "A published quote",
                        canary("claimNotes"),
                        canary("claimDetails"))));
        publish(
                editor,
                "/api/v1/claims/" + fromNews.get("id").asLong(),
                fromNews.get("version").asInt());
        CanaryEvidence.plant(editor, fromNews.get("id").asLong(), this::canary, planted);
        JsonNode fromTestimony = ok(editor.post(
                "/api/v1/claims",
                claim(
                        publicId,
                        testimony.get("id").asLong(),
                        canary("testifierAsAsserter"),
                        canary("testimonyQuote"),
                        null,
                        null)));
        publish(
                editor,
                "/api/v1/claims/" + fromTestimony.get("id").asLong(),
                fromTestimony.get("version").asInt());
        ok(editor.post(
                "/api/v1/claims",
                claim(
                        publicId,
                        news.get("id").asLong(),
                        canary("internalAsserter"),
                        canary("internalQuote"),
                        null,
                        null)));
        ok(editor.post(
                "/api/v1/claims", claim(publicId, draftSource.get("id").asLong(), "Someone", "Something", null, null)));

        ok(editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "male",
                        "names",
                        List.of(Map.of("text", canary("internalPersonName"), "kind", "primary")))));
        assertThat(personId).isPositive();
        return publicId;
    }

    private static Map<String, Object> claim(
            String personId, long sourceId, String asserter, String quote, String notes, String details) {
        Map<String, Object> claim = new HashMap<>(Map.of(
                "personId",
                personId,
                "type",
                "detained",
                "datePrecision",
                "month",
                "date",
                "2018-04",
                "sourceId",
                sourceId,
                "asserter",
                asserter,
                "asserterParty",
                "family",
                "stance",
                "asserts",
                "quote",
                quote,
                "credibility",
                2));
        claim.put("verification", "unverified");
        if (notes != null) {
            claim.put("notes", notes);
        }
        if (details != null) {
            claim.put("details", details);
        }
        return claim;
    }

    private static void publish(HttpApi editor, String path, int version) {
        ok(editor.put(path + "/publication", Map.of("state", "published", "version", version)));
    }

    private long internalId(HttpApi editor, String publicId) {
        // The internal id appears in the person's history entries (names' entries carry the names' ids).
        return ok(editor.get("/api/v1/persons/" + publicId + "/history"))
                .valueStream()
                .filter(r -> r.get("recordType").asString().equals("person"))
                .findFirst()
                .orElseThrow()
                .get("recordId")
                .asLong();
    }

    private static JsonNode ok(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply.json();
    }
}
