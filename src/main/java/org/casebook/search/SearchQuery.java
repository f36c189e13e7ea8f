package org.casebook.search;

import java.util.Map;

/**
 * @param q       names in any script, or words from claims and sources
 * @param facets  whether to count facet values (pages and the search API do)
 * @param filters facet dimension → chosen value (status, gender, birthDecade, hometown, facility, sourceKind, party)
 */
public record SearchQuery(String q, Map<String, String> filters, int page, int size, boolean facets) {
    /** A lookup by name that needs no facet counts (duplicate checks, the evaluation): cheaper. */
    public SearchQuery(String q, Map<String, String> filters, int page, int size) {
        this(q, filters, page, size, false);
    }
}
