package org.casebook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A relative asks for proof of life through the report form, follows it by receipt code, and is never named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportLifeRequestTest {
    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRequestIsRecordedFromTheReportFollowedByCodeAndPublishedWithoutTheRelative() {
        String relativeName = "Relative Askername" + System.nanoTime();
        WebSession relative = new WebSession(port);
        String challenge = match(relative.get("/report").body(), "name=\"challenge\" value=\"([^\"]+)\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("challenge", challenge);
        fields.put("nonce", ReportForms.solve(challenge));
        fields.put("name1", "Ayshem Proofova");
        fields.put("lastContactOn", "2018-06-01");
        fields.put("reporterName", relativeName);
        fields.put("contact", "signal +90 555 0100");
        fields.put("consent", "publish_anonymously");
        fields.put("asksProofOfLife", "yes");
        fields.put("proofOfLifeConsent", "yes");
        fields.put("website", "");
        WebSession.Page receipt = relative.post("/report", fields);
        assertThat(receipt.status()).isEqualTo(200);
        String code = match(receipt.body(), "id=\"receipt-code\" dir=\"ltr\">([A-Z2-9-]{19})<");

        TestAccounts.TestAccount editorAccount = TestAccounts.create(accounts, Role.editor);
        WebSession editorWeb = TestAccounts.session(editorAccount, port);
        HttpApi editor = new HttpApi(port, editorAccount.token());
        long reportId = jdbc.sql("select max(id) from report").query(Long.class).single();
        String review = editorWeb.get("/app/reports/" + reportId).body();
        assertThat(review)
                .contains("The relative asks for proof of life", "They consent", "Link the report to a person first");
        assertThat(editorWeb
                        .exactly("POST", "/app/reports/" + reportId + "/life-request", "")
                        .status())
                .isEqualTo(400);

        WebSession.Page created = editorWeb.exactly("POST", "/app/reports/" + reportId + "/create-person", "");
        String personId = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        WebSession.Page recorded = editorWeb.exactly("POST", "/app/reports/" + reportId + "/life-request", "");
        assertThat(recorded.status()).isEqualTo(302);
        long requestId = Long.parseLong(
                recorded.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        assertThat(editorWeb
                        .exactly("POST", "/app/reports/" + reportId + "/life-request", "")
                        .status())
                .isEqualTo(400);

        JsonNode request = editor.get("/api/v1/life-requests/" + requestId).json();
        assertThat(request.get("personId").asString()).isEqualTo(personId);
        assertThat(request.get("askerKind").asString()).isEqualTo("relative");
        assertThat(request.get("askerName").isNull()).isTrue();
        assertThat(request.get("consent").asBoolean()).isTrue();
        assertThat(request.get("state").asString()).isEqualTo("drafted");

        String status = relative.post("/report/status", Map.of("code", code)).body();
        assertThat(status).contains("id=\"life-request-state\"", "Your request for proof of life: drafted");

        JsonNode person = editor.get("/api/v1/persons/" + personId).json();
        editor.put(
                "/api/v1/persons/" + personId + "/publication",
                Map.of("state", "published", "version", person.get("version").asInt()));
        assertThat(editor.put(
                                "/api/v1/life-requests/" + requestId + "/publication",
                                Map.of(
                                        "state",
                                        "published",
                                        "version",
                                        request.get("version").asInt()))
                        .status())
                .isEqualTo(200);
        String list = new HttpApi(port).get("/proof-of-life").body();
        assertThat(list).contains("id=\"life-request-" + requestId + "\"").doesNotContain(relativeName);
        assertThat(new HttpApi(port).get("/api/public/v1/life-requests").body()).doesNotContain(relativeName);
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find())
                .as("%s in %s", regex, text.length() > 3000 ? text.substring(0, 3000) : text)
                .isTrue();
        return m.group(1);
    }
}
