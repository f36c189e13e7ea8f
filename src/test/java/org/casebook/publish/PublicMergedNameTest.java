package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
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
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicMergedNameTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonService personService;

    @Autowired
    PersonMerges merges;

    /** Letters only, so that name keys treat it as a name. */
    private final String letters = new Random()
            .ints(6, 0, 26)
            .mapToObj(i -> String.valueOf((char) ('a' + i)))
            .collect(Collectors.joining());

    /**
     * A name marked published on a person who is not: once that person is merged into a published one, the public
     * page still does not show the name, and so the public search must not find it either.
     */
    @Test
    void aMergedRecordsNameStaysOutOfThePublicSearch() throws InterruptedException {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String hidden = "Qoshulghan" + letters;
        String kept = create(editor, "Ochuq Kishi" + letters);
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

    /** The public page of a person shows the published claims of the records merged into them, read with the person. */
    @Test
    void aMergedRecordsPublishedClaimShowsOnTheKeptPersonsPage() {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String kept = create(editor, "Saqlanghan" + letters);
        String merged = create(editor, "Qoshulghan" + letters);
        for (String id : List.of(kept, merged)) {
            assertThat(editor.put("/api/v1/persons/" + id + "/publication", Map.of("state", "published", "version", 1))
                            .status())
                    .isEqualTo(200);
        }
        JsonNode source = editor.post(
                        "/api/v1/sources",
                        Map.of(
                                "kind",
                                "news_article",
                                "title",
                                "Merge test " + letters,
                                "party",
                                "media",
                                "reliability",
                                "B"))
                .json();
        HttpApi.Reply sourcePublished = editor.put(
                "/api/v1/sources/" + source.get("id").asLong() + "/publication",
                Map.of("state", "published", "version", source.get("version").asInt()));
        assertThat(sourcePublished.status()).as(sourcePublished.body()).isEqualTo(200);
        String asserter = "Asserter of the merged record " + letters;
        JsonNode claim = editor.post(
                        "/api/v1/claims",
                        Map.of(
                                "personId", merged,
                                "type", "detained",
                                "datePrecision", "year",
                                "date", "2017",
                                "sourceId", source.get("id").asLong(),
                                "asserter", asserter,
                                "asserterParty", "family",
                                "stance", "asserts"))
                .json();
        HttpApi.Reply published = editor.put(
                "/api/v1/claims/" + claim.get("id").asLong() + "/publication",
                Map.of("state", "published", "version", claim.get("version").asInt()));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        HttpApi visitor = new HttpApi(port);
        assertThat(visitor.get("/persons/" + kept).body()).doesNotContain(asserter);

        CurrentUser.asSystem(
                "tests", () -> merges.merge(internalId(merged), internalId(kept), "tests", "the same person"));
        assertThat(visitor.get("/persons/" + kept).body()).contains(asserter);
        assertThat(visitor.get("/api/public/v1/persons/" + kept).body()).contains(asserter);
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
}
