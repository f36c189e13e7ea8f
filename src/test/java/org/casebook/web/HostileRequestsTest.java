package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * Broken encodings, NUL bytes and odd content types sent to every mapped route, signed in and not: nothing may
 * answer 5xx (issue 21, finding 3), and the error pages carry the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsTest {
    /** Invalid UTF-8 once percent-decoded (overlong, lone surrogate, cut short, beyond U+10FFFF), and a NUL. */
    static final List<String> BAD_VALUES =
            List.of("%C0%AF", "%FF%FE", "%ED%A0%80", "%E2%82", "%F4%90%80%80", "%C3%28", "a%00b");

    private static final List<String> PARAMETERS =
            List.of("q", "type", "name", "filename", "personId", "page", "status", "action", "next", "sourceId");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void noRouteAnswers5xxToBrokenEncodingsOrNulBytes() throws Exception {
        String token = TestAccounts.create(accounts, Role.admin).token();
        WebSession session = TestAccounts.session(accounts, Role.admin, port);
        List<String> failures = new ArrayList<>();
        for (String route : routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            for (String value : BAD_VALUES) {
                String query = "?"
                        + String.join(
                                "&",
                                PARAMETERS.stream().map(p -> p + "=" + value).toList());
                int status;
                if (path.startsWith("/app")) {
                    status = session.exactly(method, path + query, "q=" + value).status();
                } else {
                    HttpRequest.Builder request = HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + path + query))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .method(
                                    method,
                                    "GET".equals(method)
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString("{\"q\":\"a\\u0000b\"}"));
                    status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }
                if (status >= 500) {
                    failures.add(route + " with " + value + ": " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void oddContentTypesAndTheErrorPathAreAnsweredWithoutA5xx() throws Exception {
        String token = TestAccounts.create(accounts, Role.admin).token();
        HttpApi api = new HttpApi(port, token);
        assertThat(api.send("POST", "/api/v1/persons", "*/*", "{}").status()).isBetween(400, 499);
        assertThat(api.send("POST", "/api/v1/persons", "application/json; charset=nonsense", "{}")
                        .status())
                .isBetween(400, 499);
        for (String path : List.of("/error", "/error?status=500", "/error?status=abc")) {
            HttpResponse<String> reply = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(path).isBetween(400, 499);
            assertThat(reply.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
            assertThat(reply.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
        }
    }

    @Test
    void evidenceWithANulInItsNameIsRefusedAsBadInput() throws Exception {
        HttpApi api =
                new HttpApi(port, TestAccounts.create(accounts, Role.admin).token());
        HttpApi.Reply reply = api.postBytes(
                "/api/v1/evidence?sourceId=1&filename=a%00b.txt", "application/octet-stream", "x".getBytes());
        assertThat(reply.status()).isBetween(400, 499);
    }

    private List<String> routes() {
        return MappedRoutes.of(mapping);
    }
}
