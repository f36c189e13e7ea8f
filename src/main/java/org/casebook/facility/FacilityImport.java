package org.casebook.facility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.place.Place;
import org.casebook.place.PlaceLevel;
import org.casebook.place.PlaceService;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.source.SourceCommand;
import org.casebook.source.SourceService;
import org.casebook.web.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facilities from a GeoJSON FeatureCollection (Casebook's own export, or any with a Point and a name per feature):
 * first a dry run naming each feature's problems, then, only when the operator confirms and no feature has one, all of
 * them in one transaction. Prefectures are referred to by name, a tier's source by what it is (found, or made once);
 * statuses are not imported (they come from claims).
 */
@Service
public class FacilityImport {
    /** More features than this go in several files: a dry run must answer while the operator waits. */
    public static final int MAX_FEATURES_PER_FILE = 5_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FacilityEdits edits;
    private final PlaceService places;
    private final SourceService sources;

    FacilityImport(FacilityEdits edits, PlaceService places, SourceService sources) {
        this.edits = edits;
        this.places = places;
        this.sources = sources;
    }

    /**
     * One feature's problem: its position in the file (from 0), its id when it has one, the field and why (in English,
     * and as a message key with its values for pages).
     */
    public record Problem(int feature, String id, String field, String message, String key, List<Object> arguments) {
        /** The problem in the language of the documenters' page. */
        public String shown() {
            return key == null ? message : Texts.appText(key, arguments.toArray());
        }
    }

    /** What an import found and, when confirmed and clean, made. */
    public record Outcome(int features, boolean saved, List<Problem> problems, List<String> created) {}

    @Transactional
    public Outcome run(String geoJson, boolean confirm, String actor) {
        Permissions.require(Role.contributor);
        List<JsonNode> features = features(geoJson);
        Map<String, Long> prefectures = prefectureIds();
        List<FacilityCommand> commands = new ArrayList<>();
        List<SourceCommand> newSources = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String id = feature.path("id").isString() ? feature.path("id").asString() : null;
            try {
                FacilityCommand command = command(feature, prefectures);
                SourceCommand tierSource = command.tier() == null
                        ? null
                        : tierSource(feature.path("properties").path("tierSource"));
                if (tierSource != null) {
                    Long same = sources.findSame(tierSource).orElse(null);
                    if (same != null) {
                        command = command.withTierSource(same);
                        tierSource = null;
                    }
                }
                check(command, tierSource);
                commands.add(command);
                newSources.add(tierSource);
            } catch (InvalidInput e) {
                for (InvalidInput.FieldProblem p : e.problems()) {
                    problems.add(new Problem(i, id, p.field(), p.message(), p.key(), p.arguments()));
                }
            }
        }
        if (!confirm || !problems.isEmpty()) {
            return new Outcome(features.size(), false, problems, List.of());
        }
        // A source the file names more than once is made once.
        Map<SourceCommand, Long> made = new HashMap<>();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            SourceCommand tierSource = newSources.get(i);
            FacilityCommand command = tierSource == null
                    ? commands.get(i)
                    : commands.get(i)
                            .withTierSource(made.computeIfAbsent(
                                    tierSource, s -> sources.create(s, actor).id()));
            created.add(edits.create(command, actor).publicId());
        }
        return new Outcome(features.size(), true, problems, created);
    }

    /**
     * The facility's checks; when its tier's source is still to be made, the source's checks and the tier's range,
     * and the facility's without the tier (it can rest on no source until the source exists).
     */
    private void check(FacilityCommand command, SourceCommand newTierSource) {
        if (newTierSource == null) {
            edits.validate(command);
            return;
        }
        InputChecks.Collector problems = new InputChecks.Collector();
        problems.keep(() -> edits.validate(command.withTierSource(null)), field -> field);
        FacilityEdits.checkTier(command.tier(), problems);
        problems.keep(() -> sources.validate(newTierSource), field -> "tierSource." + field);
        problems.throwIfAny();
    }

    /**
     * The source a tier rests on, as Casebook's export describes it ({@code tierSource}: kind, title, publisher,
     * address, date, party, reliability), so the tier keeps its source in another database; null when not given.
     */
    private static SourceCommand tierSource(JsonNode s) {
        if (!s.isObject()) {
            return null;
        }
        return new SourceCommand(
                text(s.path("kind")),
                text(s.path("title")),
                text(s.path("publisher")),
                text(s.path("url")),
                text(s.path("publishedOn")),
                text(s.path("language")),
                text(s.path("party")),
                text(s.path("reliability")),
                null,
                false,
                null,
                null,
                null);
    }

    private static List<JsonNode> features(String geoJson) {
        JsonNode root;
        try {
            root = geoJson == null ? null : JSON.readTree(geoJson);
        } catch (JacksonException e) {
            root = null;
        }
        if (root == null
                || !root.isObject()
                || !"FeatureCollection".equals(root.path("type").asString(""))
                || !root.path("features").isArray()) {
            throw problem("a GeoJSON FeatureCollection, with a features list", "app.facility.error.notCollection");
        }
        if (root.path("features").size() > MAX_FEATURES_PER_FILE) {
            throw problem(
                    "at most " + MAX_FEATURES_PER_FILE + " features in one file", "app.facility.error.tooManyFeatures");
        }
        return List.copyOf(root.path("features").values());
    }

    private static InvalidInput problem(String message, String key) {
        return new InvalidInput("file", message, key);
    }

    /** A feature as a facility: a Point geometry, names (or one name), kind, precisions, outline, tier, prefecture. */
    static FacilityCommand command(JsonNode feature, Map<String, Long> prefectures) {
        JsonNode p = feature.path("properties");
        JsonNode point = feature.path("geometry");
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        Double lat = null;
        Double lon = null;
        if ("Point".equals(point.path("type").asString(""))
                && point.path("coordinates").isArray()
                && point.path("coordinates").size() >= 2
                && point.path("coordinates").get(0).isNumber()
                && point.path("coordinates").get(1).isNumber()) {
            lon = point.path("coordinates").get(0).asDouble();
            lat = point.path("coordinates").get(1).asDouble();
        } else {
            problems.add(new InvalidInput.FieldProblem(
                    "geometry", "must be a Point [longitude, latitude]", "app.facility.error.geometry", List.of()));
        }
        List<FacilityName> names = new ArrayList<>();
        if (p.path("names").isArray()) {
            for (JsonNode n : p.path("names").values()) {
                names.add(new FacilityName(text(n.path("name")), text(n.path("lang"))));
            }
        } else if (p.path("name").isString()) {
            names.add(new FacilityName(p.path("name").asString(), null));
        }
        Long placeId = null;
        String prefecture = text(p.path("prefecture"));
        if (prefecture != null) {
            placeId = prefectures.get(prefecture.strip().toLowerCase(Locale.ROOT));
            if (placeId == null) {
                problems.add(new InvalidInput.FieldProblem(
                        "prefecture",
                        "no prefecture named " + prefecture,
                        "app.facility.error.noPrefecture",
                        List.of("name", prefecture)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new FacilityCommand(
                names,
                text(p.path("kind")),
                placeId,
                lat,
                lon,
                integer(p.path("pointPrecisionM")),
                p.path("outline").isObject() ? JSON.writeValueAsString(p.path("outline")) : text(p.path("outline")),
                integer(p.path("outlinePrecisionM")),
                integer(p.path("tier")),
                p.path("tierSourceId").isIntegralNumber()
                        ? p.path("tierSourceId").asLong()
                        : null,
                text(p.path("tierAssessedOn")),
                text(p.path("tierNote")),
                null,
                p.path("synthetic").asBoolean(false),
                null,
                null);
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private static Integer integer(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt() ? node.asInt() : null;
    }

    /** Prefectures by every name they go by, in lower case. */
    private Map<String, Long> prefectureIds() {
        Map<String, Long> ids = new HashMap<>();
        for (Place place : places.all()) {
            if (place.level() == PlaceLevel.prefecture) {
                ids.put(place.name().toLowerCase(Locale.ROOT), place.id());
                place.otherNames().forEach(n -> ids.put(n.toLowerCase(Locale.ROOT), place.id()));
            }
        }
        return ids;
    }
}
