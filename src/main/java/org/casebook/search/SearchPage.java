package org.casebook.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public record SearchPage(String q, SearchQuery query, SearchResult result, SearchIndexer.Progress rebuild) {
    /** The link that adds (or, if chosen, removes) one facet value to the current search. */
    public String link(String dimension, String value) {
        StringBuilder link = new StringBuilder("/app/search?q=").append(encode(q == null ? "" : q));
        query.filters().forEach((d, v) -> {
            if (!d.equals(dimension)) {
                link.append('&').append(d).append('=').append(encode(v));
            }
        });
        if (value != null && !value.equals(query.filters().get(dimension))) {
            link.append('&').append(dimension).append('=').append(encode(value));
        }
        return link.toString();
    }

    public String pageLink(int page) {
        return link("", null) + "&page=" + page;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
