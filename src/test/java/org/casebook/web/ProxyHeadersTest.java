package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy (issue 21, finding 7): a request the proxy marks as HTTPS gets HSTS and a Secure session
 * cookie; a plain one gets neither; a forged Host header never ends up in a redirect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProxyHeadersTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aRequestTheProxyMarksAsHttpsGetsHstsAndASecureCookie() throws Exception {
        TestAccounts.TestAccount viewer = TestAccounts.create(accounts, Role.viewer);
        HttpResponse<String> overTls = signIn(viewer, "https");
        assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(overTls.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("Secure"));

        HttpResponse<String> plain = signIn(TestAccounts.create(accounts, Role.viewer), null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .noneSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void aForgedHostHeaderIsNotCopiedIntoRedirects() throws Exception {
        HttpResponse<String> reply = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/app/persons"))
                        .header("X-Forwarded-Host", "evil.example")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(302);
        String location = reply.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/login").doesNotContain("evil.example");
    }

    private HttpResponse<String> signIn(TestAccounts.TestAccount account, String forwardedProto) throws Exception {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")), forwardedProto);
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse("");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form =
                "username=" + enc(account.username()) + "&password=" + enc(account.password()) + "&_csrf=" + enc(csrf);
        return send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                forwardedProto);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String forwardedProto) throws Exception {
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
