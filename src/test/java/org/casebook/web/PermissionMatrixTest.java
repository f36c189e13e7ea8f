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
 * the roles the table (RouteRoles) gives it and refused to the others. A new route not in the table fails this test, so
 * nobody can add an endpoint without deciding who may use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PermissionMatrixTest {
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
        unknown.removeAll(RouteRoles.EXPECTED.keySet());
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
            Role least = RouteRoles.EXPECTED.get(route);
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
