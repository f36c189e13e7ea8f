package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Collectors;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A name of two words or more finds the persons whose names answer every word; persons sharing one word only are
 * one link away, and are found at once when no name answers every word.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSearchBreadthTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private final Random random = new Random();

    @Test
    void namesAnsweringEveryWordComeAloneWithALinkToTheRest() throws InterruptedException {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String given = "Gul" + letters();
        String father = "Abliz" + letters();
        String sought = given + " " + father;
        String alike = Publishing.person(editor, sought);
        String sharingOneWord = Publishing.person(editor, given + " Qadir" + letters());
        HttpApi visitor = new HttpApi(port);
        waitUntilFound(visitor, given, 2);

        Document exact = page(visitor, "/search?q=" + HttpApi.encode(sought));
        assertThat(exact.select(".results .public-id").eachText()).containsExactly(alike);
        String anyWord = exact.select(".search-breadth a").attr("href");
        assertThat(anyWord).contains("words=any");
        Document wider = page(visitor, anyWord);
        assertThat(wider.select(".results .public-id").eachText())
                .containsExactlyInAnyOrder(alike, sharingOneWord)
                .first()
                .isEqualTo(alike);
        assertThat(wider.select(".search-breadth")).isEmpty();
        // The wider search keeps its breadth from page to page and in the form.
        assertThat(wider.select("form[role=search] input[name=words]").attr("value"))
                .isEqualTo("any");

        // No name answers both words: the persons sharing one come at once, without the note.
        Document none = page(visitor, "/search?q=" + HttpApi.encode(given + " Yoq" + letters()));
        assertThat(none.select(".results .public-id").eachText()).containsExactlyInAnyOrder(alike, sharingOneWord);
        assertThat(none.select(".search-breadth")).isEmpty();

        // The public API and the downloads count the same way.
        assertThat(visitor.get("/api/public/v1/persons?q=" + HttpApi.encode(sought))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(visitor.get("/api/public/v1/persons?words=any&q=" + HttpApi.encode(sought))
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(visitor.get("/search.csv?q=" + HttpApi.encode(sought)).body())
                .contains(alike)
                .doesNotContain(sharingOneWord);
    }

    private static Document page(HttpApi visitor, String path) {
        HttpApi.Reply reply = visitor.get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return Jsoup.parse(reply.body());
    }

    private static void waitUntilFound(HttpApi visitor, String word, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode found = visitor.get("/api/public/v1/persons?q=" + HttpApi.encode(word))
                    .json();
            if (found.get("total").asLong() >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the index never showed " + count + " persons named " + word);
    }

    /** Letters only, so that name keys treat the word as a name; unique to this run. */
    private String letters() {
        return random.ints(6, 0, 26)
                .mapToObj(i -> String.valueOf((char) ('a' + i)))
                .collect(Collectors.joining());
    }
}
