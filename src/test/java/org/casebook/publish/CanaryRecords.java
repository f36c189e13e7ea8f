package org.casebook.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.casebook.HttpApi;
import tools.jackson.databind.JsonNode;

/**
 * A person with a canary in every internal and secret field, published with one published name, an unpublished
 * alias, secrets, a published news source and testimony (whose testifier is secret), an internal source, published and
 * internal claims, a published file, and an internal person.
 */
final class CanaryRecords {
    private CanaryRecords() {}

    /** Returns the public id of the published person. */
    static String plant(
            HttpApi editor, String run, String hiddenAlias, UnaryOperator<String> canary, List<String> planted) {
        JsonNode person = ok(editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "female",
                        "notes",
                        canary.apply("personNotes"),
                        "occupation",
                        canary.apply("occupation"),
                        "ethnicity",
                        canary.apply("ethnicity"),
                        "names",
                        List.of(
                                Map.of("text", "Gulnar Publicova", "kind", "primary"),
                                Map.of("text", hiddenAlias, "kind", "alias"),
                                Map.of("text", "Canaryjan Hiddenov", "kind", "alias")))));
        planted.add(hiddenAlias);
        String publicId = person.get("publicId").asString();
        ok(editor.put("/api/v1/persons/" + publicId + "/publication", Map.of("state", "published", "version", 1)));
        JsonNode firstName = person.get("names").get(0);
        ok(editor.put(
                "/api/v1/persons/" + publicId + "/names/" + firstName.get("id").asLong() + "/publication",
                Map.of("state", "published", "version", 1)));
        long personId = ok(editor.get("/api/v1/persons/" + publicId))
                .get("names")
                .get(0)
                .get("id")
                .asLong();
        String nationalId = "NID" + System.nanoTime();
        planted.add(nationalId);
        ok(editor.put(
                "/api/v1/secrets/person/" + internalId(editor, publicId),
                Map.of(
                        "exact_address",
                        canary.apply("address"),
                        "secret_note",
                        canary.apply("personSecretNote"),
                        "national_id",
                        nationalId)));

        JsonNode news = ok(editor.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "news_article",
                        "title",
                        "A published article",
                        "party",
                        "media",
                        "reliability",
                        "B",
                        "excerpt",
                        canary.apply("newsExcerpt"))));
        publish(
                editor,
                "/api/v1/sources/" + news.get("id").asLong(),
                news.get("version").asInt());
        JsonNode testimony = ok(editor.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "testimony",
                        "title",
                        canary.apply("testimonyTitle"),
                        "publisher",
                        canary.apply("testimonyPublisher"),
                        "url",
                        "https://" + run.toLowerCase() + ".example/t",
                        "party",
                        "family",
                        "reliability",
                        "C",
                        "excerpt",
                        canary.apply("testimonyExcerpt"),
                        "language",
                        "ug",
                        "publishedOn",
                        "2019-02-01",
                        "consent",
                        "publish_anonymously")));
        planted.add(run.toLowerCase());
        publish(
                editor,
                "/api/v1/sources/" + testimony.get("id").asLong(),
                testimony.get("version").asInt());
        ok(editor.put(
                "/api/v1/secrets/source/" + testimony.get("id").asLong(),
                Map.of(
                        "testifier_name",
                        canary.apply("testifierName"),
                        "testifier_contact",
                        canary.apply("testifierContact"))));
        JsonNode draftSource = ok(editor.post(
                "/api/v1/sources",
                Map.of(
                        "kind",
                        "leak",
                        "title",
                        canary.apply("internalSourceTitle"),
                        "party",
                        "unknown",
                        "reliability",
                        "F")));

        JsonNode fromNews = ok(editor.post(
                "/api/v1/claims",
                claim(
                        publicId,
                        news.get("id").asLong(),
                        "A reporter",
                        "A published quote",
                        canary.apply("claimNotes"),
                        canary.apply("claimDetails"))));
        publish(
                editor,
                "/api/v1/claims/" + fromNews.get("id").asLong(),
                fromNews.get("version").asInt());
        CanaryEvidence.plant(editor, fromNews.get("id").asLong(), canary, planted);
        JsonNode fromTestimony = ok(editor.post(
                "/api/v1/claims",
                claim(
                        publicId,
                        testimony.get("id").asLong(),
                        canary.apply("testifierAsAsserter"),
                        canary.apply("testimonyQuote"),
                        null,
                        null)));
        publish(
                editor,
                "/api/v1/claims/" + fromTestimony.get("id").asLong(),
                fromTestimony.get("version").asInt());
        ok(editor.post(
                "/api/v1/claims",
                claim(
                        publicId,
                        news.get("id").asLong(),
                        canary.apply("internalAsserter"),
                        canary.apply("internalQuote"),
                        null,
                        null)));
        ok(editor.post(
                "/api/v1/claims", claim(publicId, draftSource.get("id").asLong(), "Someone", "Something", null, null)));

        ok(editor.post(
                "/api/v1/persons?confirmedNew=true",
                Map.of(
                        "gender",
                        "male",
                        "names",
                        List.of(Map.of("text", canary.apply("internalPersonName"), "kind", "primary")))));
        assertThat(personId).isPositive();
        return publicId;
    }

    private static Map<String, Object> claim(
            String personId, long sourceId, String asserter, String quote, String notes, String details) {
        Map<String, Object> claim = new HashMap<>(Map.of(
                "personId",
                personId,
                "type",
                "detained",
                "datePrecision",
                "month",
                "date",
                "2018-04",
                "sourceId",
                sourceId,
                "asserter",
                asserter,
                "asserterParty",
                "family",
                "stance",
                "asserts",
                "quote",
                quote,
                "credibility",
                2));
        claim.put("verification", "unverified");
        if (notes != null) {
            claim.put("notes", notes);
        }
        if (details != null) {
            claim.put("details", details);
        }
        return claim;
    }

    private static void publish(HttpApi editor, String path, int version) {
        ok(editor.put(path + "/publication", Map.of("state", "published", "version", version)));
    }

    private static long internalId(HttpApi editor, String publicId) {
        // The internal id appears in the person's history entries (names' entries carry the names' ids).
        return ok(editor.get("/api/v1/persons/" + publicId + "/history"))
                .valueStream()
                .filter(r -> r.get("recordType").asString().equals("person"))
                .findFirst()
                .orElseThrow()
                .get("recordId")
                .asLong();
    }

    private static JsonNode ok(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply.json();
    }
}
