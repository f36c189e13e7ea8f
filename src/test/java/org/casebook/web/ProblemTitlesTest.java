package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A problem document's title is in the reader's language; its status, type and field names are not translated. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemTitlesTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private HttpResponse<String> get(String path, String token, String acceptLanguage)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void titlesFollowTheReadersLanguage() throws IOException, InterruptedException {
        String token = TestAccounts.create(accounts, Role.viewer).token();

        HttpResponse<String> turkish = get("/api/v1/persons/CB-999999", token, "tr-TR,tr;q=0.9");
        JsonNode problem = HttpApi.JSON.readTree(turkish.body());
        assertThat(turkish.statusCode()).isEqualTo(404);
        assertThat(problem.get("title").asString()).isEqualTo("Bulunamadı");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(turkish.headers().firstValue("Content-Language")).contains("tr");

        HttpResponse<String> uyghur = get("/api/v1/persons?page=-1", token, "ug");
        JsonNode invalid = HttpApi.JSON.readTree(uyghur.body());
        assertThat(uyghur.statusCode()).isEqualTo(400);
        assertThat(invalid.get("title").asString()).isEqualTo("كىرگۈزۈلگەن مەزمۇن ئىناۋەتسىز");
        assertThat(invalid.toString()).contains("\"page\"");

        // A title Casebook sets keeps its meaning: a possible duplicate is not a stale version (both are 409).
        String editor = TestAccounts.create(accounts, Role.editor).token();
        HttpRequest twice = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/persons"))
                .header("Authorization", "Bearer " + editor)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "tr")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"names\":[{\"text\":\"Abdurehim Heyit\",\"kind\":\"primary\"}]}"))
                .build();
        HttpResponse<String> duplicate = HttpClient.newHttpClient().send(twice, HttpResponse.BodyHandlers.ofString());
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(HttpApi.JSON.readTree(duplicate.body()).get("title").asString())
                .isEqualTo("Olası mükerrer kayıtlar");

        HttpResponse<String> english = get("/api/v1/persons/CB-999999", token, null);
        assertThat(HttpApi.JSON.readTree(english.body()).get("title").asString())
                .isEqualTo("Not found");
    }
}
