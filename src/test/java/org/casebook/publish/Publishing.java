package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;
import tools.jackson.databind.JsonNode;

/** Test records made public through the API, as an editor does it. */
final class Publishing {
    private Publishing() {}

    /** A new person with one name, both published; its public id. */
    static String person(HttpApi editor, String name) {
        HttpApi.Reply created = editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of("gender", "female", "names", List.of(Map.of("text", name, "kind", "primary"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode person = created.json();
        String publicId = person.get("publicId").asString();
        publish(editor, "/api/v1/persons/" + publicId, person);
        JsonNode first = person.get("names").get(0);
        publish(
                editor,
                "/api/v1/persons/" + publicId + "/names/" + first.get("id").asLong(),
                first);
        return publicId;
    }

    private static void publish(HttpApi editor, String record, JsonNode current) {
        HttpApi.Reply published = editor.put(
                record + "/publication",
                Map.of("state", "published", "version", current.get("version").asInt()));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
    }
}
