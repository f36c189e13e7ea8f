package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.CurrentUser;
import org.casebook.account.AccountService;
import org.casebook.person.PersonMerges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchIntegrationTest {
    @Autowired
    AccountService testAccounts;

    @LocalServerPort
    int port;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonMerges merges;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = TestAccounts.adminApi(testAccounts, port);
    }

    private JsonNode search(String query) {
        HttpApi.Reply reply = api.get("/api/v1/search?q=" + HttpApi.encode(query));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String first(JsonNode result) {
        return result.get("hits").get(0).get("publicId").asString();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Abdurehim Heyit",
                "Abdürrahim Hayit",
                "heyit",
                "ئابدۇرېھىم ھېيىت",
                "Абдурәһим Һейит",
                "阿不都热依木·海依提",
                "Abdurehim"
            })
    void heyitIsFoundByEverySpellingInEveryScript(String spelling) {
        assertThat(first(search(spelling))).isEqualTo("CB-000001");
    }

    @Test
    void aNewPersonIsSearchableAtOnceAndARetractedOneIsGone() throws Exception {
        String name =
                "Zzqurbanjan " + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
        HttpApi.Reply created = api.post(
                "/api/v1/persons?confirmedNew=true", Map.of("names", List.of(Map.of("text", name, "kind", "primary"))));
        String id = created.json().get("publicId").asString();
        long start = System.nanoTime();
        JsonNode found = search(name);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
        assertThat(first(found)).isEqualTo(id);

        api.post("/api/v1/persons/" + id + "/names", Map.of("text", "Ыыыкурбан", "kind", "alias"));
        assertThat(first(search("Ыыыкурбан"))).isEqualTo(id);

        api.post("/api/v1/persons/" + id + "/retract", Map.of("version", 1, "reason", "test record"));
        assertThat(search(name)
                        .get("hits")
                        .valueStream()
                        .map(h -> h.get("publicId").asString()))
                .doesNotContain(id);
    }

    /**
     * A merged record's names find the person it was merged into, as the index reads them for a whole batch of
     * persons: here the one merged into, another with records merged into it, and one with none.
     */
    @Test
    void aMergedRecordsNamesFindThePersonItWasMergedInto() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "q");
        String into = created("Zzmemetjan " + tag);
        String merged = created("Ккалбинур " + tag);
        String other = created("Zzturdi " + tag);
        String otherMerged = created("Zzperhat " + tag);
        String alone = created("Zzgulnar " + tag);
        CurrentUser.asSystem("test", () -> {
            merges.merge(internalId(merged), internalId(into), "test", "the same person");
            return merges.merge(internalId(otherMerged), internalId(other), "test", "the same person");
        });
        indexer.reindexOrFail(List.of(internalId(into), internalId(other), internalId(alone)));

        assertThat(first(search("Ккалбинур " + tag))).isEqualTo(into);
        assertThat(first(search("Zzperhat " + tag))).isEqualTo(other);
        assertThat(first(search("Zzgulnar " + tag))).isEqualTo(alone);
        assertThat(search("Ккалбинур " + tag)
                        .get("hits")
                        .valueStream()
                        .map(h -> h.get("publicId").asString()))
                .as("the merged record is not a hit of its own")
                .doesNotContain(merged);
    }

    private String created(String name) {
        HttpApi.Reply created = api.post(
                "/api/v1/persons?confirmedNew=true", Map.of("names", List.of(Map.of("text", name, "kind", "primary"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("publicId").asString();
    }

    private long internalId(String publicId) {
        return jdbc.sql("select id from person where public_id = :id")
                .param("id", publicId)
                .query(Long.class)
                .single();
    }

    @Test
    void facetsCountAndFilter() {
        JsonNode all = api.get("/api/v1/search?size=5").json();
        assertThat(all.get("facets").get("status").get("contested").asInt()).isPositive();
        assertThat(all.get("facets").get("gender").propertyNames()).contains("male", "female");
        JsonNode contested = api.get("/api/v1/search?status=contested&size=100").json();
        assertThat(contested.get("total").asLong())
                .isEqualTo(all.get("facets").get("status").get("contested").asLong());
        assertThat(contested.get("hits").valueStream().map(h -> h.get("status").asString()))
                .allMatch("contested"::equals);
        JsonNode hotanWomen =
                api.get("/api/v1/search?hometown=Hotan&gender=female&size=100").json();
        assertThat(hotanWomen.get("total").asLong()).isPositive();
    }

    /** The best hits and the facets come from separate passes: both must describe the same matches. */
    @Test
    void aNameSearchsTotalIsEveryMatchAndItsFacetsCountThemAll() {
        JsonNode found = api.get("/api/v1/search?q=" + HttpApi.encode("Memet Abdulla") + "&size=2")
                .json();
        long total = found.get("total").asLong();
        assertThat(total).as("more matches than the page shows").isGreaterThan(2);
        assertThat(found.get("hits").size()).isEqualTo(2);
        long byStatus = found.get("facets")
                .get("status")
                .valueStream()
                .mapToLong(JsonNode::asLong)
                .sum();
        assertThat(byStatus).as("each match has one status").isEqualTo(total);
        JsonNode everyHit = api.get("/api/v1/search?q=" + HttpApi.encode("Memet Abdulla") + "&size=100")
                .json();
        assertThat(everyHit.get("hits").size()).isEqualTo((int) Math.min(total, 100));
        assertThat(everyHit.get("hits").get(0).get("publicId").asString())
                .isEqualTo(found.get("hits").get(0).get("publicId").asString());
    }

    @Test
    void claimsAndSourcesAreSearchedAsText() {
        assertThat(first(search("sweater"))).isEqualTo("CB-000001");
    }

    @Test
    void anInterruptedRebuildResumesWhereItStopped() {
        long persons = jdbc.sql("select count(*) from person where not retracted and merged_into is null")
                .query(Long.class)
                .single();
        indexer.rebuild(true);
        assertThat(index.size()).isEqualTo(persons);
        long middle = jdbc.sql("select id from person order by id offset 20 limit 1")
                .query(Long.class)
                .single();
        jdbc.sql("update search_rebuild set last_person_id = :m, finished_at = null")
                .param("m", middle)
                .update();
        indexer.rebuild(false);
        assertThat(index.size()).isEqualTo(persons);
        assertThat(jdbc.sql("select finished_at is not null from search_rebuild")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(first(search("Heyit"))).isEqualTo("CB-000001");
    }
}
