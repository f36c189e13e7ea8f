package org.casebook.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.casebook.status.FacilityStatusRules;
import org.casebook.status.StatusRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A status stored under older rules is derived again at start, so verify never calls a rule change tampering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusRulesUpgradeTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatusRulesUpgrade upgrade;

    @Test
    void statusesFromOlderRulesAreDerivedAgainOnce() throws Exception {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        String person = editor.post(
                        "/api/v1/persons?confirmedNew=true",
                        Map.of(
                                "gender",
                                "male",
                                "names",
                                List.of(Map.of("text", "Upgrade " + UUID.randomUUID(), "kind", "primary"))))
                .json()
                .get("publicId")
                .asString();
        long source = editor.post(
                        "/api/v1/sources",
                        Map.of(
                                "kind",
                                "news_article",
                                "title",
                                "News " + UUID.randomUUID(),
                                "party",
                                "media",
                                "reliability",
                                "B"))
                .json()
                .get("id")
                .asLong();
        claim(editor, person, source, "died", "2019-02-01", "foreign_government");
        claim(editor, person, source, "alive", "2019-03-05", "family");
        assertThat(status(person)).isEqualTo("alive");

        // As if derived by the rules before R9 and never derived again.
        jdbc.sql("update person set derived_status = 'contested', status_explanation = 'Contested: old rules.'"
                        + " where public_id = :id")
                .param("id", person)
                .update();
        jdbc.sql("delete from status_rules_applied where version >= 2 and rules = 'person'")
                .update();

        upgrade.run(null);

        assertThat(status(person)).isEqualTo("alive");
        assertThat(jdbc.sql("select max(version) from status_rules_applied where rules = 'person'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(StatusRules.VERSION);
        long rows = jdbc.sql("select count(*) from status_rules_applied")
                .query(Long.class)
                .single();
        upgrade.run(null);
        assertThat(jdbc.sql("select count(*) from status_rules_applied")
                        .query(Long.class)
                        .single())
                .as("once is enough")
                .isEqualTo(rows);
        assertThat(status(person)).isEqualTo("alive");
    }

    @Autowired
    FacilityRulesUpgrade facilityUpgrade;

    @Test
    void facilityStatusesFromOlderRulesAreDerivedAgainOnce() {
        String id = jdbc.sql("select public_id from facility where derived_status = 'contested' order by id limit 1")
                .query(String.class)
                .single();
        jdbc.sql("update facility set derived_status = 'active', published_status = 'active',"
                        + " status_explanation = 'Old rules.' where public_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from status_rules_applied where rules = 'facility'").update();

        facilityUpgrade.run(null);

        assertThat(jdbc.sql("select derived_status || '/' || published_status from facility where public_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("contested/contested");
        assertThat(jdbc.sql("select max(version) from status_rules_applied where rules = 'facility'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(FacilityStatusRules.VERSION);
        long rows = jdbc.sql("select count(*) from status_rules_applied")
                .query(Long.class)
                .single();
        facilityUpgrade.run(null);
        assertThat(jdbc.sql("select count(*) from status_rules_applied")
                        .query(Long.class)
                        .single())
                .as("once is enough")
                .isEqualTo(rows);
    }

    private String status(String person) {
        return jdbc.sql("select derived_status from person where public_id = :id")
                .param("id", person)
                .query(String.class)
                .single();
    }

    private static void claim(HttpApi api, String person, long source, String type, String date, String party) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", person);
        body.put("type", type);
        body.put("datePrecision", "day");
        body.put("date", date);
        body.put("sourceId", source);
        body.put("asserter", "Someone");
        body.put("asserterParty", party);
        body.put("stance", "asserts");
        body.put("credibility", 2);
        assertThat(api.post("/api/v1/claims", body).status()).isEqualTo(201);
    }
}
