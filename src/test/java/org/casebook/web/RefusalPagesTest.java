package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages filters answer with before any page runs speak the reader's language too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusalPagesTest {
    @LocalServerPort
    int port;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    @Test
    void aBodyTooLargeIsRefusedInUyghurRightToLeft() throws Exception {
        HttpResponse<String> refused = send(to("/search")
                .header("Accept-Language", "ug")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + "x".repeat(2 << 20))));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body())
                .contains("<html lang=\"ug\" dir=\"rtl\">")
                .contains("<h1>بەك چوڭ</h1>")
                .contains("1,024 KiB");
    }

    @Test
    void theRememberedChoiceWinsOverTheBrowser() throws Exception {
        HttpResponse<String> notFound =
                send(to("/error").header("Accept-Language", "ru").header("Cookie", "lang=tr"));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("<html lang=\"tr\" dir=\"ltr\">").contains("<h1>Bulunamadı</h1>");

        HttpResponse<String> signIn = send(to("/app/persons/new")
                .header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("gender=female")));
        assertThat(signIn.statusCode()).isIn(401, 403);
        assertThat(signIn.body()).contains("<html lang=\"zh-Hans\"").doesNotContain("Not allowed");
    }
}
