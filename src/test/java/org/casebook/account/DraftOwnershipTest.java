package org.casebook.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Contributors change their drafts": their own, not another contributor's (issue 21, finding 6). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftOwnershipTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void aContributorChangesOnlyTheirOwnDrafts() {
        HttpApi author = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        HttpApi other = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        HttpApi.Reply created = author.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of("gender", "female", "names", List.of(Map.of("text", "Qaralama Ayal", "kind", "primary"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("publication").asString()).isEqualTo("draft");
        String id = created.json().get("publicId").asString();
        long nameId = created.json().get("names").get(0).get("id").asLong();

        assertThat(other.put("/api/v1/persons/" + id, Map.of("gender", "male", "version", 1))
                        .status())
                .isEqualTo(403);
        assertThat(other.post("/api/v1/persons/" + id + "/names", Map.of("text", "Bashqa Isim", "kind", "alias"))
                        .status())
                .isEqualTo(403);
        assertThat(other.put(
                                "/api/v1/persons/" + id + "/names/" + nameId,
                                Map.of("text", "Bashqa", "kind", "primary", "version", 1))
                        .status())
                .isEqualTo(403);
        assertThat(editor.get("/api/v1/persons/" + id).json().get("gender").asString())
                .isEqualTo("female");

        assertThat(author.put("/api/v1/persons/" + id, Map.of("gender", "male", "version", 1))
                        .status())
                .isEqualTo(200);
        assertThat(editor.put("/api/v1/persons/" + id, Map.of("gender", "female", "version", 2))
                        .status())
                .isEqualTo(200);
    }
}
