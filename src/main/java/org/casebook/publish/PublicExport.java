package org.casebook.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.casebook.claim.PublishedClaim;
import org.casebook.claim.PublishedClaims;
import org.casebook.facility.FacilityCsv;
import org.casebook.facility.PublishedFacilities;
import org.casebook.person.PublishedPerson;
import org.casebook.person.PublishedPersons;
import org.casebook.source.PublishedSource;
import org.casebook.source.PublishedSources;
import org.casebook.web.CsvZip;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published record as one zip of CSV files, a file per kind of record with their relations kept by ids (claims
 * name their person, source and facility), with a README and the schema. Built from the same `Published*` reads as the
 * public pages, so it holds exactly what they show; persons are read a thousand at a time, so memory stays flat.
 */
@Component
class PublicExport {
    static final int BATCH = 1_000;

    /** Each file's columns, as schema.json describes them. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "persons.csv",
            List.of("public_id", "name", "gender", "birth_years", "hometown", "status", "synthetic"),
            "names.csv",
            List.of("person_public_id", "name", "script", "kind", "language"),
            "claims.csv",
            List.of(
                    "claim_id",
                    "person_public_id",
                    "facility_public_id",
                    "type",
                    "date_precision",
                    "date_from",
                    "date_to",
                    "asserter",
                    "asserter_party",
                    "stance",
                    "quote",
                    "sentence_term",
                    "charge",
                    "verification",
                    "source_id"),
            "sources.csv",
            List.of(
                    "source_id",
                    "kind",
                    "title",
                    "publisher",
                    "url",
                    "published_on",
                    "language",
                    "party",
                    "reliability",
                    "anonymous",
                    "synthetic"));

    private final PublishedPersons persons;
    private final PublishedClaims claims;
    private final PublishedSources sources;
    private final PublishedFacilities facilities;

    PublicExport(
            PublishedPersons persons,
            PublishedClaims claims,
            PublishedSources sources,
            PublishedFacilities facilities) {
        this.persons = persons;
        this.claims = claims;
        this.sources = sources;
        this.facilities = facilities;
    }

    void write(OutputStream out) throws IOException {
        try (CsvZip zip = new CsvZip(out)) {
            zip.file("README.md", readme());
            zip.file("schema.json", schema());
            zip.csv("persons.csv", COLUMNS.get("persons.csv"));
            eachPage((page, internal) -> {
                Map<String, String> statuses = statuses(internal);
                for (PublishedPerson p : page) {
                    zip.row(
                            p.publicId(),
                            p.displayName(),
                            p.gender(),
                            p.birthYears(),
                            p.hometown(),
                            statuses.get(p.publicId()),
                            String.valueOf(p.synthetic()));
                }
            });
            zip.csv("names.csv", COLUMNS.get("names.csv"));
            eachPage((page, internal) -> {
                for (PublishedPerson p : page) {
                    for (PublishedPerson.Name n : p.names()) {
                        zip.row(p.publicId(), n.text(), n.script(), n.kind(), n.language());
                    }
                }
            });
            zip.csv("claims.csv", COLUMNS.get("claims.csv"));
            eachPage((page, internal) -> {
                for (List<PublishedClaim> list : claims.claimsOf(internal).values()) {
                    for (PublishedClaim c : list) {
                        zip.row(claimCells(c));
                    }
                }
            });
            // Claims about the facilities themselves: no person, the facility they are about.
            for (PublishedClaim c : claims.aboutFacilities()) {
                zip.row(claimCells(c));
            }
            zip.csv("sources.csv", COLUMNS.get("sources.csv"));
            for (int page = 0; ; page++) {
                List<Long> ids = sources.idsPage(page, BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                for (PublishedSource s : sources.byIds(ids).values()) {
                    zip.row(
                            String.valueOf(s.id()),
                            s.kind(),
                            s.title(),
                            s.publisher(),
                            s.url(),
                            s.publishedOn() == null ? null : s.publishedOn().toString(),
                            s.language(),
                            s.party(),
                            s.reliability(),
                            String.valueOf(s.anonymous()),
                            String.valueOf(s.synthetic()));
                }
            }
            zip.file("facilities.csv", FacilityCsv.of(facilities.all()));
        }
    }

    /**
     * The same record as one JSON document: persons in the shape of Popolo's Person (id, name, other_names with their
     * language and script as a note, gender, birth_date) with Casebook's status and claims, then the sources and the
     * facilities as a GeoJSON FeatureCollection, and the claims about the facilities themselves. Written a thousand
     * persons at a time.
     */
    void writeJson(OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write("{\"persons\":[");
        boolean[] first = {true};
        eachPage((page, internal) -> {
            Map<String, List<PublishedClaim>> byPerson = claims.claimsOf(internal);
            Map<String, String> statuses = statuses(internal);
            for (PublishedPerson p : page) {
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("id", p.publicId());
                person.put("name", p.displayName());
                person.put(
                        "other_names",
                        p.names().stream()
                                .map(n -> {
                                    Map<String, Object> name = new LinkedHashMap<>();
                                    name.put("name", n.text());
                                    name.put("lang", n.language());
                                    name.put("note", n.kind() + ", script " + n.script());
                                    return name;
                                })
                                .toList());
                person.put("gender", p.gender());
                person.put("birth_date", p.birthYears());
                person.put("hometown", p.hometown());
                person.put("status", statuses.get(p.publicId()));
                person.put("synthetic", p.synthetic());
                person.put(
                        "claims",
                        byPerson.getOrDefault(p.publicId(), List.of()).stream()
                                .map(PublicExport::claim)
                                .toList());
                text.write(first[0] ? "" : ",");
                first[0] = false;
                text.write(JSON.writeValueAsString(person));
            }
        });
        text.write("],\"sources\":[");
        boolean any = false;
        for (int page = 0; ; page++) {
            List<Long> ids = sources.idsPage(page, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            for (PublishedSource s : sources.byIds(ids).values()) {
                text.write(any ? "," : "");
                any = true;
                text.write(JSON.writeValueAsString(s));
            }
        }
        text.write("],\"facilities\":");
        text.write(
                new String(facilities.geoJson(PublishedFacilities.Filter.NONE).json(), StandardCharsets.UTF_8));
        text.write(",\"facility_claims\":");
        text.write(JSON.writeValueAsString(
                claims.aboutFacilities().stream().map(PublicExport::claim).toList()));
        text.write("}");
        text.flush();
    }

    private static String[] claimCells(PublishedClaim c) {
        return new String[] {
            String.valueOf(c.id()),
            c.personPublicId(),
            c.facilityPublicId(),
            c.type(),
            c.eventDate().precision().name(),
            c.eventDate().from() == null ? null : c.eventDate().from().toString(),
            c.eventDate().to() == null ? null : c.eventDate().to().toString(),
            c.asserter(),
            c.asserterParty(),
            c.stance(),
            c.quote(),
            c.sentenceTerm(),
            c.charge(),
            c.verification(),
            String.valueOf(c.source().id())
        };
    }

    private static Map<String, Object> claim(PublishedClaim c) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("id", c.id());
        claim.put("type", c.type());
        claim.put("date_precision", c.eventDate().precision());
        claim.put("date_from", c.eventDate().from());
        claim.put("date_to", c.eventDate().to());
        claim.put("asserter", c.asserter());
        claim.put("asserter_party", c.asserterParty());
        claim.put("stance", c.stance());
        claim.put("quote", c.quote());
        claim.put("sentence_term", c.sentenceTerm());
        claim.put("charge", c.charge());
        claim.put("verification", c.verification());
        claim.put("source_id", c.source().id());
        claim.put("facility_id", c.facilityPublicId());
        return claim;
    }

    private interface Page {
        /** @param internal the page's public ids with their internal ids, for the reads that follow */
        void accept(List<PublishedPerson> persons, Map<String, Long> internal) throws IOException;
    }

    /** Every published person, a thousand at a time, with the status the published claims give each. */
    private void eachPage(Page consumer) throws IOException {
        for (int page = 0; ; page++) {
            Map<Long, String> ids = persons.idsPage(page, BATCH);
            if (ids.isEmpty()) {
                return;
            }
            Map<String, Long> internal = new LinkedHashMap<>();
            ids.forEach((id, publicId) -> internal.put(publicId, id));
            consumer.accept(persons.byPublicIds(new ArrayList<>(internal.keySet())), internal);
        }
    }

    /** The status the published claims give each person of a page. */
    private Map<String, String> statuses(Map<String, Long> internal) {
        return claims.facts(internal).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().status().status().name()));
    }

    /** The files and their columns, with the relations between them, as JSON. */
    static String schema() {
        Map<String, Object> files = new TreeMap<>(COLUMNS);
        files.put("facilities.csv", FacilityCsv.HEADER);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("files", files);
        schema.put(
                "relations",
                List.of(
                        "names.csv person_public_id -> persons.csv public_id",
                        "claims.csv person_public_id -> persons.csv public_id",
                        "claims.csv source_id -> sources.csv source_id",
                        "claims.csv facility_public_id -> facilities.csv id"));
        return JSON.writeValueAsString(schema);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String readme() {
        try (InputStream in = PublicExport.class.getResourceAsStream("/export/README.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
