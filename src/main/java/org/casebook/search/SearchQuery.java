package org.casebook.search;

import java.util.Map;

/**
 * @param q       names in any script, or words from claims and sources
 * @param filters facet dimension → chosen value (status, gender, birthDecade, hometown, facility, sourceKind, party)
 */
public record SearchQuery(String q, Map<String, String> filters, int page, int size) {
}
