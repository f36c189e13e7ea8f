package org.casebook.facility;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
        String outline,
        boolean publicSide,
        int page) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Rows of the table per page: the map shows them all, the table (the map without JavaScript) in pages. */
    static final int ROWS = 200;

    static final List<String> SORTS = List.of("name", "kind", "status", "tier", "prefecture", "id");

    /** A map page over these facilities, already filtered and sorted by {@code sort} ({@link #sorted}). */
    public static FacilityMapPage of(
            List<PublishedFacility> shown,
            PublishedFacilities.Filter filter,
            List<String> prefectures,
            String sort,
            MapSettings settings,
            boolean publicSide,
            int page) {
        return new FacilityMapPage(
                shown,
                filter,
                prefectures,
                column(sort),
                null,
                settings.tiles(),
                settings.attribution(),
                settings.outline(),
                publicSide,
                Math.max(0, page));
    }

    /** The column a table is sorted by, or null for the default order (by public id). */
    public static String column(String sort) {
        return sort != null && SORTS.contains(sort) ? sort : null;
    }

    /** The facilities in the order of a column ({@link #column}), in a language's order of letters. */
    static List<PublishedFacility> sorted(List<PublishedFacility> facilities, String sort, Locale locale) {
        if ("name".equals(sort) || "prefecture".equals(sort)) {
            // Collation keys once per facility: comparing strings with a Collator inside the sort costs far more.
            Collator collator = Collator.getInstance(locale);
            Map<String, CollationKey> keys = new HashMap<>();
            Function<PublishedFacility, CollationKey> key = f -> keys.computeIfAbsent(
                    "name".equals(sort) ? f.name() : f.prefecture() == null ? "" : f.prefecture(),
                    collator::getCollationKey);
            Comparator<PublishedFacility> byText = "name".equals(sort)
                    ? Comparator.comparing(key)
                    : Comparator.comparing((PublishedFacility f) -> f.prefecture() == null)
                            .thenComparing(key);
            return facilities.stream()
                    .sorted(byText.thenComparing(PublishedFacility::publicId))
                    .toList();
        }
        Comparator<PublishedFacility> order = switch (sort == null ? "id" : sort) {
            case "kind" -> Comparator.comparing(PublishedFacility::kind);
            case "status" -> Comparator.comparing(PublishedFacility::status);
            case "tier" ->
                Comparator.comparing(PublishedFacility::tier, Comparator.nullsLast(Comparator.naturalOrder()));
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
                outline,
                publicSide,
                page);
    }

    /** The rows of this page of the table. */
    public List<PublishedFacility> rows() {
        int from = Math.min(facilities.size(), page * ROWS);
        return facilities.subList(from, Math.min(facilities.size(), from + ROWS));
    }

    public int pages() {
        return Math.max(1, (facilities.size() + ROWS - 1) / ROWS);
    }

    /** The address of page {@code n} (from 0) of the table, filter and order kept. */
    public String pageLink(String base, int n) {
        String q = query();
        q = sort == null ? q : q + (q.isEmpty() ? "" : "&") + "sort=" + sort;
        return base + "?" + q + (q.isEmpty() ? "" : "&") + "page=" + n;
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
