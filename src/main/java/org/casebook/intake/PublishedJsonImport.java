package org.casebook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimCommand;
import org.casebook.claim.ClaimEdits;
import org.casebook.facility.FacilityImport;
import org.casebook.facility.FacilityService;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.place.Place;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.source.PublishedSource;
import org.casebook.source.Source;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Casebook's published JSON export ({@code /export/casebook-published.json}: persons in a Popolo-like shape with their
 * claims, the sources, the facilities as GeoJSON and the claims about them) into this record, each record through its capability's door, the
 * relations mapped to the new records, everything published as it was there. Like the editors' export, it is for
 * moving a record, not merging one: nothing is compared with what is already here. The file is read twice from
 * disk (sources and facilities first, since claims name them; then the persons a thousand at a time), so its size
 * does not decide the memory it takes. What the export cannot carry is said in the result's notes: places are named,
 * not described, so a hometown or prefecture this record does not have is left out; a claim's credibility is not
 * published, so claims arrive as 6, "cannot be judged" (which counts, R2), for documenters here to judge.
 */
@Service
public class PublishedJsonImport {
    private static final int BATCH = 1000;
    private static final String PUBLISHED = "published";

    private final SourceService sources;
    private final FacilityImport facilityImport;
    private final FacilityService facilities;
    private final PlaceService places;
    private final PersonIntake intake;
    private final ClaimEdits claims;
    private final ExportPublication publication;

    PublishedJsonImport(
            SourceService sources,
            FacilityImport facilityImport,
            FacilityService facilities,
            PlaceService places,
            PersonIntake intake,
            ClaimEdits claims,
            ExportPublication publication) {
        this.sources = sources;
        this.facilityImport = facilityImport;
        this.facilities = facilities;
        this.places = places;
        this.intake = intake;
        this.claims = claims;
        this.publication = publication;
    }

    /**
     * How many records of each kind were imported, how many hometowns and prefectures named no place here, and what
     * the export could not carry, in English.
     */
    public record Result(Map<String, Integer> imported, int placesLeftOut, List<String> notes) {}

    @Transactional
    public Result run(InputStream upload, String actor) throws IOException {
        Permissions.require(Role.editor);
        Path file = Files.createTempFile("casebook-published", ".json");
        try {
            spool(upload, file);
            Run run = new Run(actor, placesByName());
            try {
                run.sourcesAndFacilities(file);
                run.persons(file);
            } catch (JacksonException e) {
                throw ExportJson.notAnExport();
            }
            return new Result(run.counts, run.placesLeftOut, run.notes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void spool(InputStream upload, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = upload.read(buffer)) > 0; ) {
                total += n;
                if (total > ExportImport.MAX_BYTES) {
                    throw new InvalidInput("file", "the export is larger than 256 MiB", "app.imports.error.exportSize");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** One import: the new ids of what the file names, the counts, the notes. */
    private final class Run {
        final String actor;
        final Map<String, Long> placeIds;
        final Map<String, Long> sourceIds = new HashMap<>();
        final Map<String, String> facilityIds = new HashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        int placesLeftOut;
        final List<JsonNode> facilityClaims = new ArrayList<>();
        int facilityClaimCount;

        Run(String actor, Map<String, Long> placeIds) {
            this.actor = actor;
            this.placeIds = placeIds;
        }

        void sourcesAndFacilities(Path file) throws IOException {
            boolean[] persons = {false};
            try (JsonParser parser = ExportJson.JSON.createParser(Files.newInputStream(file))) {
                ExportJson.eachField(parser, name -> {
                    switch (name) {
                        case "sources" -> ExportJson.each(parser, this::source);
                        case "facilities" -> facilities(ExportJson.JSON.readTree(parser));
                        case "facility_claims" ->
                            facilityClaims.addAll(ExportJson.JSON
                                    .readTree(parser)
                                    .valueStream()
                                    .toList());
                        case "persons" -> {
                            persons[0] = true;
                            parser.skipChildren();
                        }
                        default -> parser.skipChildren();
                    }
                });
            }
            if (!persons[0]) {
                throw ExportJson.notAnExport();
            }
            counts.put("sources", sourceIds.size());
            counts.put("facilities", facilityIds.size());
            // Facilities come after the facility claims in no export, but a file may order its fields as it likes.
            List<ClaimCommand> about = facilityClaims.stream()
                    .filter(c -> sourceIds.containsKey(c.path("source_id").asString("")))
                    .filter(c -> facilityIds.containsKey(c.path("facility_id").asString("")))
                    .map(c -> claim(c, null))
                    .toList();
            for (Claim claim : claims.createMany(about, actor)) {
                publication.claim(claim, PUBLISHED, actor);
            }
            facilityClaimCount = about.size();
        }

        void persons(Path file) throws IOException {
            List<JsonNode> batch = new ArrayList<>();
            int[] made = {0, 0};
            try (JsonParser parser = ExportJson.JSON.createParser(Files.newInputStream(file))) {
                ExportJson.eachField(parser, name -> {
                    if (!name.equals("persons")) {
                        parser.skipChildren();
                        return;
                    }
                    ExportJson.each(parser, person -> {
                        batch.add(person);
                        if (batch.size() == BATCH) {
                            addPersons(batch, made);
                            batch.clear();
                        }
                    });
                });
            }
            addPersons(batch, made);
            counts.put("persons", made[0]);
            counts.put("claims", made[1] + facilityClaimCount);
            if (placesLeftOut > 0) {
                notes.add(placesLeftOut + " hometowns or prefectures named no place of this record and were left out");
            }
            notes.add("claims arrive with credibility 6 (cannot be judged): the export does not publish credibility");
        }

        private void source(JsonNode s) {
            boolean anonymous = s.path("anonymous").asBoolean(false);
            String kind = ExportJson.text(s, "kind");
            Source source = sources.create(
                    new SourceCommand(
                            kind,
                            ExportJson.text(s, "title"),
                            ExportJson.text(s, "publisher"),
                            ExportJson.text(s, "url"),
                            ExportJson.text(s, "publishedOn"),
                            ExportJson.text(s, "language"),
                            ExportJson.text(s, "party"),
                            PublishedSource.gradeOf(ExportJson.text(s, "reliability")),
                            null,
                            s.path("synthetic").asBoolean(false),
                            null,
                            null,
                            anonymous ? "publish_anonymously" : "testimony".equals(kind) ? "publish_with_name" : null),
                    actor);
            sourceIds.put(s.path("id").asString(""), source.id());
            publication.source(source, PUBLISHED, actor);
        }

        /** Through the facilities' own GeoJSON import; a prefecture this record lacks is left out, not refused. */
        private void facilities(JsonNode collection) {
            if (!collection.path("features").isArray()) {
                return;
            }
            List<String> exportedIds = new ArrayList<>();
            for (JsonNode feature : collection.path("features").values()) {
                exportedIds.add(feature.path("id").asString(""));
                if (feature.path("properties") instanceof ObjectNode p
                        && p.path("prefecture").isString()
                        && !placeIds.containsKey(key(p.path("prefecture").asString()))) {
                    p.remove("prefecture");
                    placesLeftOut++;
                }
            }
            FacilityImport.Outcome outcome =
                    facilityImport.run(ExportJson.JSON.writeValueAsString(collection), true, actor);
            if (!outcome.saved()) {
                FacilityImport.Problem first = outcome.problems().getFirst();
                throw new InvalidInput(
                        "facilities[" + first.feature() + "]." + first.field(),
                        first.message(),
                        first.key(),
                        first.arguments().toArray());
            }
            for (int i = 0; i < outcome.created().size(); i++) {
                String publicId = outcome.created().get(i);
                facilityIds.put(exportedIds.get(i), publicId);
                publication.facility(facilities.getByPublicId(publicId), PUBLISHED, actor);
            }
        }

        private void addPersons(List<JsonNode> batch, int[] made) {
            if (batch.isEmpty()) {
                return;
            }
            List<PersonCommand> commands = batch.stream().map(this::person).toList();
            List<Person> created = intake.addMany(
                    commands, commands.stream().map(c -> (String) null).toList(), null, actor);
            List<ClaimCommand> claimCommands = new ArrayList<>();
            for (int i = 0; i < created.size(); i++) {
                JsonNode exported = batch.get(i);
                List<Map<String, String>> names = new ArrayList<>();
                for (NameCommand n : commands.get(i).names()) {
                    names.add(Map.of("name", n.text(), "kind", n.kind(), "publication", PUBLISHED));
                }
                publication.person(created.get(i), PUBLISHED, names, actor);
                for (JsonNode c : exported.path("claims").values()) {
                    if (sourceIds.containsKey(c.path("source_id").asString(""))) {
                        claimCommands.add(claim(c, created.get(i)));
                    }
                }
            }
            for (Claim claim : claims.createMany(claimCommands, actor)) {
                publication.claim(claim, PUBLISHED, actor);
            }
            made[0] += created.size();
            made[1] += claimCommands.size();
        }

        private PersonCommand person(JsonNode p) {
            List<NameCommand> names = new ArrayList<>();
            for (JsonNode n : p.path("other_names").values()) {
                // The export writes each name's kind and script as Popolo's note: "primary, script Latn".
                String note = ExportJson.text(n, "note");
                String kind = note == null ? "alias" : note.split(",", 2)[0].strip();
                names.add(new NameCommand(ExportJson.text(n, "name"), kind, ExportJson.text(n, "lang"), null, null));
            }
            names.sort((a, b) -> Boolean.compare(!"primary".equals(a.kind()), !"primary".equals(b.kind())));
            Integer[] born = ExportJson.years(ExportJson.text(p, "birth_date"));
            return new PersonCommand(
                    ExportJson.text(p, "gender"),
                    born[0],
                    born[1],
                    null,
                    place(ExportJson.text(p, "hometown")),
                    null,
                    null,
                    p.path("synthetic").asBoolean(false),
                    names,
                    null,
                    null,
                    null);
        }

        /** A claim about this person, or (person null) about the facility it names. */
        private ClaimCommand claim(JsonNode c, Person person) {
            String precision = ExportJson.text(c, "date_precision");
            String date = ExportImport.dateAsWritten(precision, ExportJson.text(c, "date_from"));
            String facility = ExportJson.text(c, "facility_id");
            return new ClaimCommand(
                    person == null ? null : person.publicId(),
                    null,
                    ExportJson.text(c, "type"),
                    null,
                    facility == null ? null : facilityIds.get(facility),
                    ExportJson.text(c, "sentence_term"),
                    ExportJson.text(c, "charge"),
                    null,
                    precision,
                    date,
                    "range".equals(precision) ? ExportJson.text(c, "date_to") : null,
                    sourceIds.get(c.path("source_id").asString("")),
                    ExportJson.text(c, "asserter"),
                    ExportJson.text(c, "asserter_party"),
                    ExportJson.text(c, "stance"),
                    ExportJson.text(c, "quote"),
                    null,
                    ExportJson.text(c, "verification"),
                    null,
                    person == null ? facilitySynthetic(facility) : person.synthetic(),
                    null,
                    null);
        }

        private boolean facilitySynthetic(String exportedId) {
            return facilities.getByPublicId(facilityIds.get(exportedId)).synthetic();
        }

        private Long place(String name) {
            if (name == null) {
                return null;
            }
            Long id = placeIds.get(key(name));
            if (id == null) {
                placesLeftOut++;
            }
            return id;
        }
    }

    /** Places by each name they go by, in lower case; a name two places share is no one's. */
    private Map<String, Long> placesByName() {
        Map<String, Long> ids = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Place place : places.all()) {
            List<String> all = new ArrayList<>(place.otherNames());
            all.add(place.name());
            for (String name : all) {
                Long before = ids.putIfAbsent(key(name), place.id());
                if (before != null && before != place.id()) {
                    shared.add(key(name));
                }
            }
        }
        ids.keySet().removeAll(shared);
        return ids;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
