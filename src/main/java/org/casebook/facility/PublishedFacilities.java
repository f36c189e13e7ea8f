package org.casebook.facility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.casebook.place.PlaceService;
import org.casebook.records.InputChecks;
import org.casebook.records.Publication;
import org.casebook.source.PublishedSource;
import org.casebook.source.PublishedSources;
import org.casebook.status.FacilityStatus;
import org.casebook.web.Links;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published facilities, read once and kept until a facility or its claims change, so that the public map and its
 * GeoJSON answer from memory whatever the number of facilities; filters by kind, tier, status and prefecture.
 */
@Service
public class PublishedFacilities {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final FacilityService facilities;
    private final PlaceService places;
    private final PublishedSources sources;
    /**
     * Facility changes clear it at once; a change elsewhere that hides a tier's source (its retraction or
     * unpublishing) shows within a minute, as cached public pages do.
     */
    private static final Duration KEPT = Duration.ofSeconds(60);

    private record Copy(
            List<PublishedFacility> facilities,
            Instant read,
            List<String> prefectures,
            Map<Filter, Body> bodies,
            Map<String, List<PublishedFacility>> tables) {}

    /** A GeoJSON answer ready to send, made once per filter and copy: the bytes, gzipped, and their (weak) ETag. */
    public record Body(byte[] json, byte[] gzip, String etag) {}

    /** More distinct filters than this and the kept answers start again (the filters' values are few). */
    private static final int KEPT_BODIES = 200;

    private final AtomicReference<Copy> cached = new AtomicReference<>();

    PublishedFacilities(FacilityService facilities, PlaceService places, PublishedSources sources) {
        this.facilities = facilities;
        this.places = places;
        this.sources = sources;
    }

    /** What the map may be filtered by; a null field does not filter. */
    public record Filter(FacilityKind kind, Integer tier, FacilityStatus status, String prefecture) {
        public static final Filter NONE = new Filter(null, null, null, null);

        /** From request parameters; an unknown kind or status, or a tier outside 1–4, is a 400 naming the field. */
        public static Filter of(String kind, String tier, String status, String prefecture) {
            InputChecks.Collector problems = new InputChecks.Collector();
            FacilityKind k = blank(kind) ? null : InputChecks.vocabulary(FacilityKind.class, kind, "kind", problems);
            FacilityStatus s =
                    blank(status) ? null : InputChecks.vocabulary(FacilityStatus.class, status, "status", problems);
            Integer t = null;
            if (!blank(tier)) {
                if (tier.strip().matches("[1-4]")) {
                    t = Integer.valueOf(tier.strip());
                } else {
                    problems.problem("tier", "must be 1 to 4", "app.facility.error.tier");
                }
            }
            problems.throwIfAny();
            return new Filter(k, t, s, blank(prefecture) ? null : prefecture.strip());
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        boolean admits(PublishedFacility f) {
            return (kind == null || kind == f.kind())
                    && (tier == null || tier.equals(f.tier()))
                    && (status == null || status == f.status())
                    && (prefecture == null || prefecture.equals(f.prefecture()));
        }
    }

    public List<PublishedFacility> all() {
        return copy().facilities();
    }

    private Copy copy() {
        Copy copy = cached.get();
        if (copy == null || copy.read().plus(KEPT).isBefore(Instant.now())) {
            List<PublishedFacility> facilities = read();
            copy = new Copy(
                    facilities,
                    Instant.now(),
                    prefecturesOf(facilities),
                    new ConcurrentHashMap<>(),
                    new ConcurrentHashMap<>());
            cached.set(copy);
        }
        return copy;
    }

    /**
     * The public GeoJSON of the facilities a filter admits, serialised and compressed once for each filter while the
     * copy lasts: 10,000 facilities are about 5 MB of JSON, which no reader should wait for Casebook to write again.
     */
    public Body geoJson(Filter filter) {
        Copy copy = copy();
        if (copy.bodies().size() > KEPT_BODIES) {
            copy.bodies().clear();
        }
        return copy.bodies().computeIfAbsent(filter, f -> {
            byte[] json = JSON.writeValueAsBytes(featureCollection(
                    copy.facilities().stream().filter(f::admits).toList(), Links::publicFacility));
            ByteArrayOutputStream packed = new ByteArrayOutputStream(json.length / 6);
            try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
                gzip.write(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String etag;
            try {
                etag = "W/\""
                        + HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 16) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            return new Body(json, packed.toByteArray(), etag);
        });
    }

    public List<PublishedFacility> matching(Filter filter) {
        return all().stream().filter(filter::admits).toList();
    }

    /**
     * The facilities a filter admits in the order of a table column, in a language's order of letters: kept with the
     * copy, so that paging through a table of 10,000 facilities sorts them once.
     */
    public List<PublishedFacility> table(Filter filter, String sort, Locale locale) {
        Copy copy = copy();
        if (copy.tables().size() > KEPT_BODIES) {
            copy.tables().clear();
        }
        return copy.tables()
                .computeIfAbsent(
                        filter + "|" + sort + "|" + locale.toLanguageTag(),
                        k -> FacilityMapPage.sorted(
                                copy.facilities().stream()
                                        .filter(filter::admits)
                                        .toList(),
                                sort,
                                locale));
    }

    public Optional<PublishedFacility> find(String publicId) {
        return all().stream()
                .filter(f -> f.publicId().equalsIgnoreCase(publicId))
                .findFirst();
    }

    /** The internal id of a published facility, for capabilities that list what is linked to it. */
    public Optional<Long> internalId(String publicId) {
        return facilities
                .findByPublicId(publicId)
                .filter(f -> f.publication() == Publication.published && !f.retracted())
                .map(Facility::id);
    }

    /** The prefectures that published facilities lie in, for the map's filter. */
    public List<String> prefectures() {
        return copy().prefectures();
    }

    static List<String> prefecturesOf(List<PublishedFacility> facilities) {
        return facilities.stream()
                .map(PublishedFacility::prefecture)
                .filter(p -> p != null)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Every facility not retracted, in the same shape, with the status all its claims give: the documenters' map.
     * Read afresh each time (documenters see their changes at once).
     */
    List<PublishedFacility> asRecorded() {
        return shaped(facilities.all(), false);
    }

    /**
     * A GeoJSON FeatureCollection (RFC 7946): a Point feature per facility, with its outline as a second geometry
     * under {@code outline} in the properties (a FeatureCollection allows one geometry per feature).
     */
    public Map<String, Object> featureCollection(List<PublishedFacility> shown, Function<String, String> link) {
        Map<Long, PublishedSource> tierSources = sources.byIds(shown.stream()
                .map(PublishedFacility::tierSourceId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Object> features = new ArrayList<>(shown.size());
        for (PublishedFacility f : shown) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", f.publicId());
            properties.put("name", f.name());
            properties.put("names", f.names());
            properties.put("kind", f.kind());
            properties.put("status", f.status());
            properties.put("tier", f.tier());
            properties.put("tierAssessedOn", f.tierAssessedOn());
            properties.put("tierSourceId", f.tierSourceId());
            // What the source is, so that an import into another Casebook finds it or makes it again.
            properties.put("tierSource", described(tierSources.get(f.tierSourceId())));
            properties.put("prefecture", f.prefecture());
            properties.put("pointPrecisionM", f.pointPrecisionM());
            properties.put("outlinePrecisionM", f.outlinePrecisionM());
            properties.put("synthetic", f.synthetic());
            properties.put("url", link.apply(f.publicId()));
            if (f.outline() != null) {
                properties.put("outline", JSON.readTree(f.outline()));
            }
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", f.publicId());
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(f.longitude(), f.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static Map<String, Object> described(PublishedSource source) {
        if (source == null) {
            return null;
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("kind", source.kind());
        described.put("title", source.title());
        described.put("publisher", source.publisher());
        described.put("url", source.url());
        described.put(
                "publishedOn",
                source.publishedOn() == null ? null : source.publishedOn().toString());
        described.put("language", source.language());
        described.put("party", source.party());
        // The grade alone ("B"), as an import reads it; the public answer adds its meaning.
        described.put("reliability", PublishedSource.gradeOf(source.reliability()));
        return described;
    }

    private List<PublishedFacility> read() {
        return shaped(facilities.published(), true);
    }

    private List<PublishedFacility> shaped(List<Facility> published, boolean publicSide) {
        Map<Long, String> prefectures = places.prefectures();
        Map<Long, ?> publicSources = sources.byIds(published.stream()
                .map(Facility::tierSourceId)
                .filter(id -> id != null)
                .distinct()
                .toList());
        return published.stream()
                .map(f -> new PublishedFacility(
                        f.publicId(),
                        f.names(),
                        f.kind(),
                        f.placeId() == null ? null : prefectures.get(f.placeId()),
                        f.latitude(),
                        f.longitude(),
                        f.pointPrecisionM(),
                        f.outline(),
                        f.outlinePrecisionM(),
                        f.tier(),
                        f.tierAssessedOn(),
                        // A tier's source is named only when the public can open it.
                        f.tierSourceId() != null && (!publicSide || publicSources.containsKey(f.tierSourceId()))
                                ? f.tierSourceId()
                                : null,
                        publicSide ? f.publishedStatus() : f.status(),
                        f.synthetic()))
                .toList();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void onFacilityChanged(FacilityChanged event) {
        cached.set(null);
    }
}
