package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebook.HttpApi;

/**
 * Files beside a published claim: one an editor made public, whose original name, decision reason and custody are
 * canaries; one never made public, whose hash is a canary itself (the public must not learn it exists).
 */
final class CanaryEvidence {
    private CanaryEvidence() {}

    static void plant(HttpApi editor, long publishedClaimId, UnaryOperator<String> canary, List<String> planted) {
        String shown = upload(editor, publishedClaimId, canary.apply("evidenceName") + ".png", 11);
        HttpApi.Reply decided = editor.post(
                "/api/v1/evidence/" + shown + "/publication",
                Map.of("published", true, "reason", canary.apply("evidenceReason")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        planted.add(upload(editor, publishedClaimId, canary.apply("hiddenEvidenceName") + ".png", 12));
    }

    private static String upload(HttpApi editor, long claimId, String name, int seed) {
        HttpApi.Reply created = editor.postBytes(
                "/api/v1/evidence?claimId=" + claimId + "&filename=" + name,
                "application/octet-stream",
                TestImages.png(seed));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("evidence").get("sha256").asString();
    }
}
