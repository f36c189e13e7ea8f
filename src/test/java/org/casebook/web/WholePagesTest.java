package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.casebook.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/** A page is sent in one piece, with its length, in UTF-8, whether or not it may be cached. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WholePagesTest {
    @LocalServerPort
    int port;

    @Test
    void aFormPageComesWholeWithItsLength() {
        // The report form is never cached, so no ETag filter buffers it: its length is the view's own.
        assertWhole(new HttpApi(port).get("/report"));
    }

    @Test
    void aPublishedPageInAnotherScriptComesWholeInUtf8() {
        HttpApi.Reply page = new HttpApi(port).get("/persons/CB-000001", HttpHeaders.ACCEPT_LANGUAGE, "ug");
        assertWhole(page);
        assertThat(page.body()).contains("lang=\"ug\"").containsPattern("[\\u0600-\\u06FF]{4,}");
    }

    private static void assertWhole(HttpApi.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(reply.headers().firstValue(HttpHeaders.CONTENT_LENGTH))
                .hasValue(String.valueOf(reply.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(reply.body().strip()).endsWith("</html>");
    }
}
