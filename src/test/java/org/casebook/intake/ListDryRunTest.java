package org.casebook.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A leaked list's dry run: every row judged as a new person would be, nothing saved. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListDryRunTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void aPoliceListSavedAsGb18030IsJudgedRowByRowAndNothingIsSaved() {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        // Someone documented whom no other test names: the list's second row is that person.
        String documented = DocumentedPersons.create(editor, "Turghunjan Qurbanbeg Nizamidinov", 1963);
        long before = editor.get("/api/v1/persons?size=1").json().get("total").asLong();
        String list = "姓名,性别,身份证号,出生日期,住址,原因\r\n"
                + "Turghunjan Qurbanbeg Nizamidinov,男,,1963-01-01,乌鲁木齐,宗教\r\n"
                + "Qeyser Tursunjan Yalqunova,女,650102198001011234,1980-01-01,喀什市,其他\r\n"
                + "Q. Yalqunova (again),女,650102198001011234,1980-01-01,喀什市,其他\r\n"
                + "Bad Number,男,650102198001011230,1980-01-01,喀什市,其他\r\n"
                + "Too,many,cells,in,this,row,here\r\n"
                + ",男,,1970,,\r\n";
        HttpApi.Reply reply =
                editor.postBytes("/api/v1/lists/dry-run", "text/csv", list.getBytes(Charset.forName("GB18030")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("encoding").asString()).isEqualTo("GB18030");
        assertThat(result.get("rows").asInt()).isEqualTo(6);
        assertThat(result.get("complete").asBoolean()).isTrue();
        Map<Integer, String> outcome = new HashMap<>();
        result.get("outcomes")
                .forEach(
                        o -> outcome.put(o.get("line").asInt(), o.get("outcome").asString()));
        assertThat(outcome.get(2)).isEqualTo("likely_same");
        assertThat(result.get("outcomes").get(0).get("detail").asString()).isEqualTo(documented);
        assertThat(outcome)
                .containsEntry(3, "new")
                .containsEntry(4, "same_as_earlier_row")
                .containsEntry(5, "refused")
                .containsEntry(6, "refused")
                .containsEntry(7, "refused");
        assertThat(result.get("newPersons").asInt()).isEqualTo(1);
        assertThat(result.get("sameAsEarlierRow").asInt()).isEqualTo(1);
        assertThat(result.get("refused").asInt()).isEqualTo(3);
        assertThat(reply.body()).doesNotContain("650102198001011234");
        assertThat(editor.get("/api/v1/persons?size=1").json().get("total").asLong())
                .isEqualTo(before);

        HttpApi.Reply noNames = editor.postBytes("/api/v1/lists/dry-run", "text/csv", "a,b\n1,2\n".getBytes());
        assertThat(noNames.status()).isEqualTo(400);
        assertThat(noNames.body()).contains("no column holds the names");
        HttpApi viewer =
                new HttpApi(port, TestAccounts.create(accounts, Role.viewer).token());
        assertThat(viewer.postBytes("/api/v1/lists/dry-run", "text/csv", list.getBytes())
                        .status())
                .isEqualTo(403);
    }
}
