package org.casebook.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsIntegrationTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorNeedsTheSecondFactorAndAWrongCodeIsRefused() {
        TestAccounts.TestAccount editor = TestAccounts.create(accounts, Role.editor);
        WebSession web = new WebSession(port);
        WebSession.Page afterPassword = web.signIn(editor.username(), editor.password(), null);
        assertThat(afterPassword.uri()).endsWith("/login/code");
        // The password alone is not a session.
        assertThat(web.get("/app/persons").uri()).contains("/login?next=");

        web.get("/login/code");
        WebSession.Page wrong = web.post("/login/code", Map.of("code", "000000"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("not right");

        WebSession.Page in = web.post("/login/code", Map.of("code", editor.nextCode()));
        assertThat(in.uri()).endsWith("/app/persons");
        assertThat(in.body()).contains(editor.username()).contains("Sign out");
        assertThat(count("select count(*) from audit_event where action = 'login' and actor = :a", editor.username()))
                .isEqualTo(1);
    }

    @Test
    void anAdminCreatesAnEditorWhoEnrolsASecondFactorAtFirstSignIn() {
        TestAccounts.TestAccount admin = TestAccounts.create(accounts, Role.admin);
        WebSession adminWeb = new WebSession(port);
        adminWeb.signIn(admin.username(), admin.password(), admin.nextCode());
        adminWeb.get("/app/admin/accounts");
        String name = "new-editor-" + System.nanoTime() % 100000;
        WebSession.Page created = adminWeb.post("/app/admin/accounts", Map.of("username", name, "role", "editor"));
        Matcher password = Pattern.compile("id=\"new-password\">([a-z0-9]+)<").matcher(created.body());
        assertThat(password.find()).as(created.body()).isTrue();

        WebSession editorWeb = new WebSession(port);
        WebSession.Page enrol = editorWeb.signIn(name, password.group(1), null);
        assertThat(enrol.uri()).endsWith("/login/enrol");
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(enrol.body());
        assertThat(secret.find()).isTrue();
        assertThat(editorWeb.post("/login/enrol", Map.of("code", "000000")).status())
                .isEqualTo(400);
        WebSession.Page codes =
                editorWeb.post("/login/enrol", Map.of("code", Totp.code(secret.group(1), Totp.step(Instant.now()))));
        assertThat(codes.body()).contains("recovery-codes");
        assertThat(editorWeb.get("/app/persons").body()).contains(name);
        assertThat(accounts.find(name).orElseThrow().secondFactorEnrolled()).isTrue();
        assertThat(adminWeb.get("/app/admin/audit?action=account").body())
                .contains("account.second_factor")
                .contains("account.create");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdminUnlocksIt() {
        TestAccounts.TestAccount viewer = TestAccounts.create(accounts, Role.viewer);
        WebSession web = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(web.signIn(viewer.username(), "wrong password " + i, null)
                            .status())
                    .isEqualTo(401);
        }
        WebSession.Page locked = web.signIn(viewer.username(), viewer.password(), null);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).contains("locked");
        // An unknown name, tried as often, gets exactly the same answer: the lockout does not tell which names exist.
        WebSession stranger = new WebSession(port);
        WebSession.Page unknown = null;
        for (int i = 0; i < 6; i++) {
            unknown = stranger.signIn("nobody-" + viewer.username(), "wrong password " + i, null);
        }
        assertThat(unknown.status()).isEqualTo(locked.status());
        assertThat(message(unknown.body())).isEqualTo(message(locked.body()));
        assertThat(count(
                        "select count(*) from audit_event where action = 'login.failed' and actor = :a",
                        viewer.username()))
                .isEqualTo(6);

        CurrentUser.asSystem(
                "tests",
                () -> accounts.unlock(
                        accounts.find(viewer.username()).orElseThrow().id()));
        assertThat(web.signIn(viewer.username(), viewer.password(), null).uri()).endsWith("/app/persons");
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        TestAccounts.TestAccount admin = TestAccounts.create(accounts, Role.admin);
        long id = accounts.find(admin.username()).orElseThrow().id();
        String secret = Totp.newSecret();
        String password = CurrentUser.asSystem("tests", () -> accounts.resetCredentials(id))
                .password();
        List<String> codes = accounts.enrol(id, secret, Totp.code(secret, Totp.step(Instant.now())))
                .orElseThrow();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();

        WebSession first = new WebSession(port);
        first.signIn(admin.username(), password, null);
        first.get("/login/code");
        assertThat(first.post("/login/code", Map.of("code", codes.getFirst())).uri())
                .endsWith("/app/persons");

        WebSession second = new WebSession(port);
        second.signIn(admin.username(), password, null);
        second.get("/login/code");
        assertThat(second.post("/login/code", Map.of("code", codes.getFirst())).status())
                .isEqualTo(401);
    }

    @Test
    void tokensAreScopedRevocableAndEndWithTheirAccount() {
        TestAccounts.TestAccount reader = TestAccounts.create(accounts, Role.editor, "read");
        HttpApi read = new HttpApi(port, reader.token());
        assertThat(read.get("/api/v1/persons").status()).isEqualTo(200);
        assertThat(read.post("/api/v1/sources", Map.of("kind", "other", "title", "t", "party", "unknown"))
                        .status())
                .isEqualTo(403);

        TestAccounts.TestAccount writer = TestAccounts.create(accounts, Role.contributor);
        HttpApi write = new HttpApi(port, writer.token());
        assertThat(write.get("/api/v1/persons").status()).isEqualTo(200);
        CurrentUser.asSystem(
                "tests",
                () -> accounts.setDisabled(
                        accounts.find(writer.username()).orElseThrow().id(), true));
        assertThat(write.get("/api/v1/persons").status()).isEqualTo(401);

        assertThat(new HttpApi(port, "cb_not-a-real-token")
                        .get("/api/v1/persons")
                        .status())
                .isEqualTo(401);
        assertThat(new HttpApi(port).get("/api/v1/persons").status()).isEqualTo(401);
        // The hash is stored, never the token.
        assertThat(count("select count(*) from access_token where token_hash = :a", reader.token()))
                .isZero();
    }

    @Test
    void aTokenIsRevokedFromItsPageOnlyWhenTheRevocationIsConfirmed() {
        TestAccounts.TestAccount owner = TestAccounts.create(accounts, Role.editor);
        HttpApi api = new HttpApi(port, owner.token());
        WebSession web = TestAccounts.session(owner, port);
        Matcher form = Pattern.compile("action=\"(/app/account/tokens/\\d+/revoke)\"")
                .matcher(web.get("/app/account").body());
        assertThat(form.find()).isTrue();

        WebSession.Page unconfirmed = web.post(form.group(1), Map.of());
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("tick the box");
        assertThat(api.get("/api/v1/persons").status())
                .as("the token still works")
                .isEqualTo(200);

        web.post(form.group(1), Map.of("confirm", "yes"));
        assertThat(api.get("/api/v1/persons").status()).isEqualTo(401);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        TestAccounts.TestAccount editor = TestAccounts.create(accounts, Role.editor);
        WebSession web = new WebSession(port);
        assertThat(web.signIn(editor.username(), editor.password(), editor.nextCode())
                        .uri())
                .endsWith("/app/persons");
        long before = jdbc.sql("select count(*) from source").query(Long.class).single();
        WebSession.Page refused = web.postRaw(
                "/app/sources/new",
                Map.of("kind", "other", "title", "No token", "party", "unknown", "reliability", "F"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single())
                .isEqualTo(before);

        web.get("/app/sources/new");
        // The token in the address instead of the form is refused: a URL ends up in logs and Referer headers.
        WebSession.Page inQuery = web.postRaw(
                "/app/sources/new?_csrf=" + HttpApi.encode(web.csrf()),
                Map.of("kind", "other", "title", "Token in the address", "party", "unknown", "reliability", "F"));
        assertThat(inQuery.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from source").query(Long.class).single())
                .isEqualTo(before);
        WebSession.Page accepted = web.post(
                "/app/sources/new",
                Map.of("kind", "other", "title", "With token", "party", "unknown", "reliability", "F"));
        assertThat(accepted.uri()).matches(".*/app/sources/\\d+$");
    }

    @Test
    void contributorsWorkOnDraftsAndOnlyEditorsPublish() {
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        HttpApi.Reply created = contributor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "male",
                        "names",
                        List.of(Map.of("text", "Draftjan Contributorov", "kind", "primary"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("publication").asString()).isEqualTo("draft");
        String id = created.json().get("publicId").asString();

        assertThat(contributor
                        .put("/api/v1/persons/" + id, Map.of("gender", "male", "occupation", "poet", "version", 1))
                        .status())
                .isEqualTo(200);
        assertThat(contributor
                        .put("/api/v1/persons/" + id + "/publication", Map.of("state", "published", "version", 2))
                        .status())
                .isEqualTo(403);
        assertThat(editor.put("/api/v1/persons/" + id + "/publication", Map.of("state", "published", "version", 2))
                        .json()
                        .get("publication")
                        .asString())
                .isEqualTo("published");
        // Past a draft, changes are an editor's.
        assertThat(contributor
                        .put("/api/v1/persons/" + id, Map.of("gender", "male", "occupation", "teacher", "version", 3))
                        .status())
                .isEqualTo(403);
        assertThat(contributor
                        .post("/api/v1/persons/" + id + "/retract", Map.of("reason", "test", "version", 3))
                        .status())
                .isEqualTo(403);
        assertThat(count(
                        "select count(*) from audit_event where action = 'publication' and target = :a",
                        "person/" + id))
                .isEqualTo(1);
    }

    @Test
    void secretsAreSealedAtRestShownOnlyToEditorsAndEveryViewingIsAudited() {
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        HttpApi contributor = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        String address = "Flat 7, Unity Road " + System.nanoTime();
        assertThat(editor.put("/api/v1/secrets/person/1", Map.of("exact_address", address))
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from secret_value where sealed like :a")
                        .param("a", "%Unity%")
                        .query(Long.class)
                        .single())
                .isZero();
        long viewings =
                count("select count(*) from audit_event where action = 'secret.view' and target = :a", "person/1");

        assertThat(editor.get("/api/v1/secrets/person/1")
                        .json()
                        .get("exact_address")
                        .asString())
                .isEqualTo(address);
        assertThat(contributor.get("/api/v1/secrets/person/1").status()).isEqualTo(403);
        assertThat(editor.put("/api/v1/secrets/person/1", Map.of("password", "x"))
                        .status())
                .isEqualTo(400);
        assertThat(count("select count(*) from audit_event where action = 'secret.view' and target = :a", "person/1"))
                .isEqualTo(viewings + 1);
        assertThat(editor.get("/api/v1/persons/CB-000001").body()).doesNotContain("Unity Road");
    }

    @Test
    void theAuditLogIsForAdminsAndCannotBeChanged() {
        WebSession admin = TestAccounts.session(accounts, Role.admin, port);
        WebSession editor = TestAccounts.session(accounts, Role.editor, port);
        assertThat(admin.get("/app/admin/audit?action=account.create").body()).contains("account.create");
        assertThat(editor.get("/app/admin/audit").status()).isEqualTo(403);
        Assertions.assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasMessageContaining("append-only");
    }

    private static String message(String page) {
        return page.replaceAll("(?s).*<p[^>]*class=\"error[^\"]*\"[^>]*>(.*?)</p>.*", "$1");
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("a", value).query(Long.class).single();
    }
}
