package org.casebook.search;

import java.util.List;

/**
 * What the index knows of a person: every name, the status, the facet values and the claims' text; and apart from
 * those, the names an anonymous visitor may search by and the public facets (empty or null unless published).
 */
public record PersonDocument(
        long id,
        String publicId,
        String displayName,
        List<String> names,
        String status,
        String gender,
        String birthDecade,
        String hometown,
        List<String> facilities,
        List<String> sourceKinds,
        List<String> parties,
        String text,
        boolean synthetic,
        List<String> publishedNames,
        PublicFacets publicFacets) {

    /** A person known by names alone (the evaluations' records, tests): no status, facets, claims or text. */
    public static PersonDocument named(long id, String publicId, List<String> names, List<String> publishedNames) {
        return new PersonDocument(
                id,
                publicId,
                names.getFirst(),
                names,
                "unknown",
                "unknown",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                "",
                false,
                publishedNames,
                null);
    }

    /**
     * The facets the public search offers, from the published record only (the status derived from published claims,
     * the years published claims give); null unless the person is published.
     */
    public record PublicFacets(
            String status, String gender, String prefecture, List<Integer> years, List<String> facilities) {}
}
