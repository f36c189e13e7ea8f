package org.casebook.prooflife;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.casebook.HttpApi;

/** Records the proof-of-life tests share: a person, a state-media source, an organisation's answered request. */
public final class TestRequests {
    private TestRequests() {}

    public static String person(HttpApi api, String name) {
        HttpApi.Reply created = api.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "male",
                        "names",
                        List.of(Map.of("text", name + " " + UUID.randomUUID(), "kind", "primary"))));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("publicId").asString();
    }

    public static long stateMediaSource(HttpApi api) {
        return api.post(
                        "/api/v1/sources",
                        Map.of(
                                "kind",
                                "state_media",
                                "title",
                                "Video " + UUID.randomUUID(),
                                "party",
                                "state_media",
                                "reliability",
                                "C"))
                .json()
                .get("id")
                .asLong();
    }

    /** An organisation's request, answered on 10 Feb 2019 with a video from {@code source}. */
    public static Map<String, Object> answered(String person, long source) {
        Map<String, Object> request = new HashMap<>();
        request.put("personId", person);
        request.put("askerKind", "organisation");
        request.put("askerName", "An association");
        request.put("addresseeKind", "embassy");
        request.put("addresseeName", "An embassy");
        request.put("askedOn", "2019-02-01");
        request.put("state", "answered");
        request.put("answeredOn", "2019-02-10");
        request.put("answerKind", "video");
        request.put("answerSourceId", source);
        return request;
    }
}
