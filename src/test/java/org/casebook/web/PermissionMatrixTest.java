package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application has, as Spring has mapped it, against every role: each must be allowed exactly to
 * the roles the table below gives it and refused to the others. A new route not in the table fails this test, so
 * nobody can add an endpoint without deciding who may use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PermissionMatrixTest {
    /** The least role each route needs; null means anyone, signed in or not. */
    private static final Map<String, Role> EXPECTED = new LinkedHashMap<>();

    static {
        for (String open : List.of(
                "GET /",
                "GET /search",
                "GET /search.csv",
                "GET /search.json",
                "GET /persons/{publicId}",
                "GET /sources/{id}",
                "GET /status-rules",
                "GET /robots.txt",
                "GET /sitemap.xml",
                "GET /sitemap/pages.xml",
                "GET /sitemap/persons-{page}.xml",
                "GET /sitemap/sources-{page}.xml",
                "GET /feed.atom",
                "GET /transparency",
                "GET /statistics",
                "GET /proof-of-life",
                "GET /api/public/v1/life-requests",
                "GET /facilities",
                "GET /facilities/{publicId}",
                "GET /facilities.csv",
                "GET /facilities.geojson",
                "GET /facilities/outline.geojson",
                "GET /export/casebook-published.zip",
                "GET /export/casebook-published.json",
                "GET /api/public/v1/facilities",
                "GET /statistics/{figure}.csv",
                "GET /transparency/casebook-verifier.jar",
                "GET /persons/{publicId}/bundle",
                "GET /sources/{id}/bundle",
                "GET /report",
                "POST /report",
                "GET /report/status",
                "POST /report/status",
                "GET /login",
                "POST /login",
                "GET /login/code",
                "POST /login/code",
                "GET /login/enrol",
                "POST /login/enrol",
                "GET /api/public/v1/persons",
                "GET /api/public/v1/persons/{publicId}",
                "GET /api/public/v1/sources/{id}",
                "GET /api/public/v1/ledger/key",
                "GET /error")) {
            EXPECTED.put(open, null);
        }
        for (String docs : List.of(
                "GET /api/v1/docs",
                "GET /api/v1/openapi",
                "GET /api/v1/openapi.yaml",
                "GET /api/v1/openapi/swagger-config")) {
            EXPECTED.put(docs, null);
        }
        // Reading internal records.
        for (String read : List.of(
                "/api/v1/claims",
                "/api/v1/claims/types",
                "/api/v1/claims/{id}",
                "/api/v1/duplicates",
                "/api/v1/evidence",
                "/api/v1/evidence/{sha256}",
                "/api/v1/evidence/{sha256}/content",
                "/api/v1/evidence/{sha256}/thumbnail",
                "/api/v1/ledger/entries/{leafIndex}",
                "/api/v1/ledger/proof/consistency",
                "/api/v1/ledger/proof/inclusion",
                "/api/v1/ledger/tree-head",
                "/api/v1/ledger/tree-heads/{treeSize}",
                "/api/v1/persons",
                "/api/v1/persons/matches",
                "/api/v1/persons/{publicId}",
                "/api/v1/persons/{publicId}/bundle",
                "/api/v1/persons/{publicId}/history",
                "/api/v1/places",
                "/api/v1/places/{id}",
                "/api/v1/revisions/{recordType}/{recordId}",
                "/api/v1/revisions/{recordType}/{recordId}/{version}",
                "/api/v1/search",
                "/api/v1/search/rebuild",
                "/api/v1/sources",
                "/api/v1/sources/{id}",
                "/api/v1/sources/{id}/bundle",
                "/api/v1/estimates",
                "/api/v1/life-requests",
                "/api/v1/life-requests/{id}",
                "/api/v1/facilities",
                "/api/v1/facilities/{publicId}",
                "/api/v1/facilities/{publicId}/history",
                "/app/facilities",
                "/app/facilities.geojson",
                "/app/facilities/new",
                "/app/facilities/import",
                "/app/facilities/{publicId}",
                "/app/facilities/{publicId}/edit",
                "/app/facilities/{publicId}/retract",
                "/api/v1/life-requests/{id}/assessment",
                "/app/life-requests/{id}/assessment",
                "/app/life-requests/{id}/footage",
                "/app/footage/{sha256}/keyframes/{index}.png",
                "/api/v1/footage/{sha256}/keyframes",
                "/api/v1/footage/compare",
                "/app/life-requests",
                "/app/life-requests/new",
                "/app/life-requests/{id}",
                "/api/v1/estimates/{id}",
                "/app/statistics",
                "/app/statistics/{figure}.csv",
                "/app/estimates",
                "/app/estimates/{id}",
                "/app",
                "/app/",
                "/app/account",
                "/app/claims/new",
                "/app/claims/{id}",
                "/app/claims/{id}/edit",
                "/app/claims/{id}/retract",
                "/app/duplicates",
                "/app/evidence/{sha256}",
                "/app/evidence/{sha256}/content",
                "/app/evidence/{sha256}/thumbnail",
                "/app/history/{recordType}/{recordId}/{version}",
                "/app/ledger",
                "/app/persons",
                "/app/persons/new",
                "/app/persons/{publicId}",
                "/app/persons/{publicId}/edit",
                "/app/persons/{publicId}/names/new",
                "/app/persons/{publicId}/names/{nameId}/edit",
                "/app/persons/{publicId}/names/{nameId}/retract",
                "/app/persons/{publicId}/retract",
                "/app/search",
                "/app/sources",
                "/app/sources/new",
                "/app/sources/{id}",
                "/app/sources/{id}/edit",
                "/app/sources/{id}/retract",
                "/app/status-rules",
                "/app/ingest",
                "/app/ingest/{id}",
                "/app/ingest/{id}/state")) {
            EXPECTED.put("GET " + read, Role.viewer);
        }
        for (String own : List.of(
                "POST /app/account/password", "POST /app/account/tokens", "POST /app/account/tokens/{id}/revoke")) {
            EXPECTED.put(own, Role.viewer);
        }
        // Creating drafts and working on reports.
        for (String create : List.of(
                "POST /api/v1/claims",
                "POST /api/v1/estimates",
                "POST /api/v1/life-requests",
                "POST /app/life-requests/new",
                "POST /api/v1/facilities",
                "POST /app/facilities/new",
                "POST /app/facilities/import",
                "POST /api/v1/facilities/import",
                "POST /api/v1/lists/dry-run",
                "POST /api/v1/life-requests/{id}/assessment/steps",
                "POST /app/life-requests/{id}/assessment/steps",
                "POST /app/estimates",
                "POST /api/v1/evidence",
                "POST /api/v1/persons",
                "POST /api/v1/places",
                "POST /api/v1/sources",
                "POST /api/v1/ingest/extract",
                "POST /app/ingest",
                "POST /app/ingest/{id}/claims/{index}/accept",
                "POST /app/ingest/{id}/claims/{index}/reject",
                "POST /app/ingest/{id}/reread",
                "POST /app/claims/new",
                "POST /app/evidence",
                "POST /app/persons/new",
                "POST /app/sources/new",
                "POST /api/v1/persons/matches",
                "POST /app/ledger/verify",
                "GET /app/reports",
                "GET /app/reports/{id}",
                "POST /app/reports/{id}/create-person",
                "POST /app/reports/{id}/link",
                "POST /app/reports/{id}/life-request",
                "POST /app/reports/{id}/review")) {
            EXPECTED.put(create, Role.contributor);
        }
        // Changing what is past a draft (CB-000001 and record 1 are published), publishing, retracting, merging,
        // secrets and the index.
        for (String edit : List.of(
                "PUT /api/v1/claims/{id}",
                "PUT /api/v1/life-requests/{id}",
                "PUT /api/v1/facilities/{publicId}",
                "GET /app/export/casebook-internal.zip",
                "GET /api/v1/export/casebook-internal.zip",
                "PUT /api/v1/facilities/{publicId}/publication",
                "POST /api/v1/facilities/{publicId}/retract",
                "POST /app/facilities/{publicId}/edit",
                "POST /app/facilities/{publicId}/publication",
                "POST /app/facilities/{publicId}/retract",
                "PUT /api/v1/life-requests/{id}/publication",
                "POST /api/v1/life-requests/{id}/retract",
                "POST /app/life-requests/{id}",
                "POST /app/life-requests/{id}/publication",
                "POST /api/v1/life-requests/{id}/assessment/conclusion",
                "POST /app/life-requests/{id}/assessment/conclusion",
                "PUT /api/v1/claims/{id}/publication",
                "POST /api/v1/claims/{id}/retract",
                "POST /api/v1/duplicates/scan",
                "POST /api/v1/duplicates/{id}/distinct",
                "POST /api/v1/duplicates/{id}/merge",
                "POST /api/v1/persons/{publicId}/names",
                "POST /api/v1/persons/{publicId}/names/{nameId}/retract",
                "POST /api/v1/persons/{publicId}/retract",
                "POST /api/v1/persons/{publicId}/unmerge",
                "POST /api/v1/places/{id}/retract",
                "POST /api/v1/search/rebuild",
                "POST /api/v1/sources/{id}/retract",
                "PUT /api/v1/persons/{publicId}",
                "PUT /api/v1/persons/{publicId}/names/{nameId}",
                "PUT /api/v1/persons/{publicId}/names/{nameId}/publication",
                "PUT /api/v1/persons/{publicId}/publication",
                "PUT /api/v1/places/{id}",
                "PUT /api/v1/sources/{id}",
                "PUT /api/v1/sources/{id}/publication",
                "GET /api/v1/secrets/{type}/{id}",
                "PUT /api/v1/secrets/{type}/{id}",
                "GET /app/secrets/{type}/{id}",
                "POST /app/secrets/{type}/{id}",
                "POST /app/claims/{id}/edit",
                "POST /app/claims/{id}/publication",
                "POST /app/claims/{id}/retract",
                "POST /app/duplicates/scan",
                "POST /app/duplicates/{id}",
                "POST /app/persons/{publicId}/edit",
                "POST /app/persons/{publicId}/names/new",
                "POST /app/persons/{publicId}/names/{nameId}/edit",
                "POST /app/persons/{publicId}/names/{nameId}/publication",
                "POST /app/persons/{publicId}/names/{nameId}/retract",
                "POST /app/persons/{publicId}/publication",
                "POST /app/persons/{publicId}/retract",
                "POST /app/persons/{publicId}/unmerge",
                "POST /app/reports/{id}/decline",
                "POST /app/search/rebuild",
                "POST /app/sources/{id}/edit",
                "POST /app/sources/{id}/publication",
                "POST /app/sources/{id}/retract")) {
            EXPECTED.put(edit, Role.editor);
        }
        for (String admin : List.of(
                "GET /app/admin/accounts",
                "GET /app/admin/audit",
                "POST /app/admin/accounts",
                "POST /app/admin/accounts/{id}/disable",
                "POST /app/admin/accounts/{id}/reset",
                "POST /app/admin/accounts/{id}/role",
                "POST /app/admin/accounts/{id}/unlock")) {
            EXPECTED.put(admin, Role.admin);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyRouteIsInTheTable() {
        Set<String> unknown = new TreeSet<>(routes());
        unknown.removeAll(EXPECTED.keySet());
        assertThat(unknown).as("routes without a decided role").isEmpty();
    }

    @Test
    void everyRouteAllowsExactlyTheRolesItShould() {
        Map<Role, HttpApi> clients = new LinkedHashMap<>();
        Map<Role, WebSession> sessions = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            TestAccounts.TestAccount account = TestAccounts.create(accounts, role);
            clients.put(role, new HttpApi(port, account.token()));
            sessions.put(role, TestAccounts.session(account, port));
        }
        HttpApi anonymous = new HttpApi(port);
        WebSession anonymousSession = new WebSession(port);
        List<String> wrong = new ArrayList<>();
        for (String route : new TreeSet<>(routes())) {
            Role least = EXPECTED.get(route);
            String method = route.substring(0, route.indexOf(' '));
            String path = concrete(route.substring(route.indexOf(' ') + 1));
            check(wrong, route, "anonymous", least == null, call(anonymous, anonymousSession, method, path));
            for (Role role : Role.values()) {
                check(
                        wrong,
                        route,
                        role.name(),
                        least == null || role.includes(least),
                        call(clients.get(role), sessions.get(role), method, path));
            }
        }
        assertThat(wrong).as("routes whose answer does not match the table").isEmpty();
    }

    /** Tokens act on the API only: no page, not even an admin's read or write token, not the token pages themselves. */
    @Test
    void noPageAnswersAToken() {
        List<String> wrong = new ArrayList<>();
        for (String scope : List.of("read", "write")) {
            HttpApi token = new HttpApi(
                    port, TestAccounts.create(accounts, Role.admin, scope).token());
            for (String route : new TreeSet<>(routes())) {
                String method = route.substring(0, route.indexOf(' '));
                String pattern = route.substring(route.indexOf(' ') + 1);
                if (pattern.equals("/app") || pattern.startsWith("/app/")) {
                    String path = concrete(pattern);
                    HttpApi.Reply reply = "GET".equals(method)
                            ? token.get(path)
                            : token.send(method, path, "application/x-www-form-urlencoded", "name=x&scope=write");
                    // 401 from the token check, or 403 where the CSRF check (which a token no longer skips on pages)
                    // comes first.
                    if ((reply.status() != 401 && reply.status() != 403)
                            || reply.body().contains("New token")) {
                        wrong.add(route + " with a " + scope + " token: " + reply.status());
                    }
                }
            }
        }
        assertThat(wrong).as("pages that answered a token").isEmpty();
    }

    private static void check(List<String> wrong, String route, String who, boolean allowed, HttpApi.Reply reply) {
        if (denied(reply) == allowed) {
            wrong.add(route + " as " + who + ": expected " + (allowed ? "allowed" : "refused") + " but got "
                    + reply.status());
        }
    }

    /** Refused by the route rules or a service: 403, a 401 asking to sign in, or a redirect to the sign-in page. */
    private static boolean denied(HttpApi.Reply reply) {
        return reply.status() == 403
                || reply.status() == 401
                        && (reply.contentType().contains("problem+json")
                                || reply.body().contains("Please sign in first."))
                || reply.status() == 302
                        && reply.headers().firstValue("Location").orElse("").contains("/login?next=");
    }

    private HttpApi.Reply call(HttpApi client, WebSession session, String method, String path) {
        boolean api = path.startsWith("/api/");
        if (!api && !path.startsWith("/app") && !"GET".equals(method)) {
            // Public forms: a visitor's form carries the CSRF token of the page it came from.
            WebSession visitor = new WebSession(port);
            visitor.get("/report");
            WebSession.Page page = visitor.post(path, Map.of());
            return new HttpApi.Reply(page.status(), "text/html", page.body(), null);
        }
        String body = path.endsWith("/publication")
                ? (api ? "{\"state\":\"internal\",\"version\":0}" : "state=internal&version=0")
                : api ? "{}" : "";
        if (!api && path.startsWith("/app")) {
            WebSession.Page page = session.exactly(method, path, body);
            return new HttpApi.Reply(
                    page.status(), page.headers().firstValue("Content-Type").orElse(""), page.body(), page.headers());
        }
        return switch (method) {
            case "GET" -> client.get(path);
            default -> client.send(method, path, api ? "application/json" : "application/x-www-form-urlencoded", body);
        };
    }

    /** Real ids where a refusal must come from a service's own check; ids that do not exist where a call could change something. */
    private static String concrete(String pattern) {
        boolean harmless = pattern.startsWith("/app/admin/")
                || pattern.startsWith("/app/account/")
                || pattern.startsWith("/app/reports/")
                || pattern.startsWith("/app/ingest/")
                || pattern.contains("/duplicates/");
        boolean facility = pattern.contains("/facilities/");
        return pattern.replace("{publicId}", facility ? "CBF-0001" : "CB-000001")
                .replace("{sha256}", "0".repeat(64))
                .replace("{type}", "person")
                .replace("{recordType}", "person")
                .replace("{leafIndex}", "0")
                .replace("{treeSize}", "1")
                .replace("{index}", "0")
                .replace("{version}", "1")
                .replace("{recordId}", "1")
                .replace("{nameId}", "1")
                .replace("{page}", "0")
                .replace("{figure}", "status")
                .replace("{id}", harmless ? "999999" : "1");
    }

    private List<String> routes() {
        return MappedRoutes.of(mapping);
    }
}
