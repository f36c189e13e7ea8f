package org.casebook.search;

import java.util.List;
import java.util.Map;

public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    public record Hit(
            String publicId, String displayName, List<String> names, String status, float score, boolean synthetic) {}
}
