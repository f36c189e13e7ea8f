package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.lists.ListColumns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A dry run in the background judges every row of a list, and its result is kept for the mapping it was run with. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListDryRunsTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ListImports imports;

    @Autowired
    ListDryRun dryRun;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRowIsJudgedAndTheResultOutlivesARestartButNotANewMapping() throws Exception {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        int rows = ListDryRun.MAX_ROWS + 50;
        StringBuilder list = new StringBuilder("name,birth_year\n");
        for (int i = 0; i < rows; i++) {
            // Words of their own, so that no two rows share a block of namesakes.
            list.append(word(i)).append(' ').append(word(rows + 7919 * i)).append(',');
            list.append(1940 + i % 60).append('\n');
        }
        HttpApi.Reply uploaded = editor.postBytes(
                "/api/v1/imports?kind=leak&title=A+long+list&publisher=Police&party=state&filename=long.csv",
                "text/csv",
                list.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get("list").get("id").asLong();
        assertThat(editor.post("/api/v1/imports/" + id + "/dry-run", Map.of()).status())
                .isEqualTo(202);
        JsonNode result = null;
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (result == null && Instant.now().isBefore(giveUp)) {
            JsonNode progress = editor.get("/api/v1/imports/" + id + "/dry-run").json();
            assertThat(progress.get("problem").isNull()).as(progress.toString()).isTrue();
            result = progress.get("result").isNull() ? null : progress.get("result");
            Thread.sleep(200);
        }
        assertThat(result).as("the dry run ended").isNotNull();
        assertThat(result.get("rows").asInt()).isEqualTo(rows);
        assertThat(result.get("complete").asBoolean()).isTrue();
        assertThat(result.get("newPersons").asInt()
                        + result.get("likelySame").asInt()
                        + result.get("needsReview").asInt()
                        + result.get("sameAsEarlierRow").asInt()
                        + result.get("refused").asInt())
                .isEqualTo(rows);

        // After a restart only what was kept is known.
        ListDryRuns restarted = new ListDryRuns(imports, dryRun, jdbc);
        ListDryRun.Result kept = CurrentUser.asSystem(
                "tests", () -> restarted.progress(id).orElseThrow().result());
        assertThat(kept.rows()).isEqualTo(rows);
        assertThat(kept.newPersons()).isEqualTo(result.get("newPersons").asInt());
        assertThat(kept.outcomes()).hasSize(ListDryRun.LISTED);

        ListImport list2 = CurrentUser.asSystem(
                "tests", () -> imports.map(id, Map.of(0, ListColumns.Field.name), "detained", null));
        assertThat(list2.claimType()).isEqualTo("detained");
        assertThat(CurrentUser.asSystem("tests", () -> restarted.progress(id)))
                .as("a new mapping has had no dry run")
                .isEmpty();
    }

    private static String word(int n) {
        StringBuilder word = new StringBuilder("Q");
        for (int rest = n; word.length() < 6; rest /= 26) {
            word.append((char) ('a' + rest % 26));
        }
        return word.toString();
    }
}
