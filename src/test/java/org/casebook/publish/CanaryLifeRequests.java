package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebook.HttpApi;

/**
 * Proof-of-life requests about the published person with a canary wherever the public must not look: an internal
 * government request, a relative's request without consent (its publication refused), and a published relative's
 * request whose assessment note stays internal.
 */
final class CanaryLifeRequests {
    private CanaryLifeRequests() {}

    static void plant(HttpApi editor, String publicId, UnaryOperator<String> canary) {
        create(editor, publicId, "government", canary.apply("lifeAskerInternal"), canary.apply("lifeChannel"), false);

        long noConsent = create(editor, publicId, "relative", null, canary.apply("lifeChannelNoConsent"), false);
        assertThat(editor.put(
                                "/api/v1/life-requests/" + noConsent + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(400);

        Map<String, Object> consented = body(publicId, "relative", null, "letter to the embassy", true);
        consented.put("state", "assessed");
        consented.put("answeredOn", "2019-03-01");
        consented.put("answerKind", "video");
        consented.put("assessment", "not_credible");
        consented.put("assessmentNote", canary.apply("lifeAssessmentNote"));
        HttpApi.Reply created = editor.post("/api/v1/life-requests", consented);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long published = created.json().get("id").asLong();
        assertThat(editor.put(
                                "/api/v1/secrets/life_request/" + published,
                                Map.of(
                                        "asker_identity",
                                        canary.apply("lifeAskerIdentity"),
                                        "asker_contact",
                                        canary.apply("lifeAskerContact")))
                        .status())
                .isEqualTo(200);
        assertThat(editor.put(
                                "/api/v1/life-requests/" + published + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
    }

    private static long create(
            HttpApi editor, String publicId, String asker, String askerName, String channel, boolean consent) {
        HttpApi.Reply created =
                editor.post("/api/v1/life-requests", body(publicId, asker, askerName, channel, consent));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> body(
            String publicId, String asker, String askerName, String channel, boolean consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("personId", publicId);
        body.put("askerKind", asker);
        body.put("askerName", askerName);
        body.put("addresseeKind", "embassy");
        body.put("addresseeName", "Embassy of the People's Republic of China in Ankara");
        body.put("askedOn", "2019-02-12");
        body.put("channel", channel);
        body.put("state", "sent");
        body.put("consent", consent);
        return body;
    }
}
