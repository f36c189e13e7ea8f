package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.HttpApi;
import org.casebook.WebSession;
import org.casebook.report.ReportForms;
import tools.jackson.databind.JsonNode;

/**
 * A relative's report through the public form with a canary in every field and in a file, linked by an editor to
 * the published person and its testimony and claim published: what the public may then see comes from it, and no
 * canary may.
 */
final class CanaryReports {
    private CanaryReports() {}

    static void plant(
            int port,
            WebSession editorWeb,
            HttpApi editor,
            long reportIdAfter,
            String publicId,
            UnaryOperator<String> canary,
            LongSupplier latestReport)
            throws Exception {
        WebSession relative = new WebSession(port);
        String form = relative.get("/report").body();
        String challenge = match(form, "name=\"challenge\" value=\"([^\"]+)\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("challenge", challenge);
        fields.put("nonce", ReportForms.solve(challenge));
        fields.put("name1", "Gulnar Publicova");
        fields.put("name2", canary.apply("reportSecondName"));
        fields.put("birthYearOrAge", "41");
        fields.put("gender", "female");
        fields.put("hometown", canary.apply("reportHometown"));
        fields.put("occupation", canary.apply("reportOccupation"));
        fields.put("takenPlace", canary.apply("reportTakenPlace"));
        fields.put("heldPlace", canary.apply("reportHeldPlace"));
        fields.put("lastPlace", canary.apply("reportLastPlace"));
        fields.put("account", canary.apply("reportAccount"));
        fields.put("relation", canary.apply("reportRelation"));
        fields.put("reporterName", canary.apply("reportReporterName"));
        fields.put("contact", canary.apply("reportContact"));
        fields.put("consent", "publish_anonymously");
        fields.put("website", "");
        byte[] pdf = ("%PDF-1.4\n% " + canary.apply("reportFile") + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        WebSession.Page receipt = relative.postMultipart("/report", fields, "files", Map.of("letter.pdf", pdf));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        long report = latestReport.getAsLong();
        assertThat(report).isGreaterThan(reportIdAfter);

        editorWeb.get("/app/reports/" + report);
        WebSession.Page linked = editorWeb.post("/app/reports/" + report + "/link", Map.of("personId", publicId));
        assertThat(linked.status()).isLessThan(400);
        for (JsonNode claim :
                editor.get("/api/v1/claims?personId=" + publicId).json().get("items")) {
            if (claim.get("asserter").asString().equals("A relative (report " + report + ")")) {
                long source = claim.get("sourceId").asLong();
                JsonNode s = editor.get("/api/v1/sources/" + source).json();
                editor.put(
                        "/api/v1/sources/" + source + "/publication",
                        Map.of("state", "published", "version", s.get("version").asInt()));
                editor.put(
                        "/api/v1/claims/" + claim.get("id").asLong() + "/publication",
                        Map.of(
                                "state",
                                "published",
                                "version",
                                claim.get("version").asInt()));
            }
        }
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
