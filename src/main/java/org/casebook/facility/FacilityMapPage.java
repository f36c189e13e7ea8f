package org.casebook.facility;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.status.FacilityStatus;
import org.casebook.web.Texts;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map page, public or internal: the facilities shown (filtered and sorted, which the table under the map is without
 * JavaScript), the filter, and what the map script needs.
 *
 * @param geoJson the address of the same facilities as GeoJSON, filter included, for the map script
 */
public record FacilityMapPage(
        List<PublishedFacility> facilities,
        PublishedFacilities.Filter filter,
        List<String> prefectures,
        String sort,
        String geoJson,
        String tiles,
        String attribution,
        boolean publicSide) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> SORTS = List.of("name", "kind", "status", "tier", "prefecture", "id");

    /**
     * A map page over these facilities (already filtered), sorted by {@code sort} when it is a column's name, in
     * the reader's order of letters.
     */
    public static FacilityMapPage of(
            List<PublishedFacility> shown,
            PublishedFacilities.Filter filter,
            List<String> prefectures,
            String sort,
            MapSettings settings,
            boolean publicSide) {
        String by = sort != null && SORTS.contains(sort) ? sort : null;
        Locale locale = publicSide ? Texts.locale() : Texts.appLanguage().locale();
        return new FacilityMapPage(
                sorted(shown, by, locale),
                filter,
                prefectures,
                by,
                null,
                settings.tiles(),
                settings.attribution(),
                publicSide);
    }

    static List<PublishedFacility> sorted(List<PublishedFacility> facilities, String sort, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<PublishedFacility> order = switch (sort == null ? "id" : sort) {
            case "name" -> Comparator.comparing(PublishedFacility::name, collator);
            case "kind" -> Comparator.comparing(PublishedFacility::kind);
            case "status" -> Comparator.comparing(PublishedFacility::status);
            case "tier" ->
                Comparator.comparing(PublishedFacility::tier, Comparator.nullsLast(Comparator.naturalOrder()));
            case "prefecture" ->
                Comparator.comparing(PublishedFacility::prefecture, Comparator.nullsLast(collator::compare));
            default -> Comparator.comparing(PublishedFacility::publicId);
        };
        return facilities.stream()
                .sorted(order.thenComparing(PublishedFacility::publicId))
                .toList();
    }

    /** The same page with the map reading its GeoJSON from {@code address}, the filter added. */
    public FacilityMapPage at(String address) {
        String q = query();
        return new FacilityMapPage(
                facilities,
                filter,
                prefectures,
                sort,
                q.isEmpty() ? address : address + "?" + q,
                tiles,
                attribution,
                publicSide);
    }

    /** A word of the map page, in the public site's language or in that of the documenters' pages. */
    public String text(String key, Object... namesAndValues) {
        return publicSide ? Texts.t(key, namesAndValues) : Texts.appText(key, namesAndValues);
    }

    /** The labels of kinds and statuses in the reader's language, for the map's popups. */
    public String labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (FacilityKind k : FacilityKind.values()) {
            labels.put(k.name(), publicSide ? Texts.label(k) : Texts.appLabel(k));
        }
        for (FacilityStatus s : FacilityStatus.values()) {
            labels.put(s.name(), publicSide ? Texts.label(s) : Texts.appLabel(s));
        }
        return JSON.writeValueAsString(labels);
    }

    /** The address of this page sorted by {@code by}, the filter kept. */
    public String sortedBy(String base, String by) {
        return base + "?" + query() + (query().isEmpty() ? "" : "&") + "sort=" + by;
    }

    /** The filter as a query string, for the GeoJSON address and the downloads. */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "kind", filter.kind() == null ? null : filter.kind().name());
        add(q, "tier", filter.tier() == null ? null : filter.tier().toString());
        add(q, "status", filter.status() == null ? null : filter.status().name());
        add(q, "prefecture", filter.prefecture());
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
