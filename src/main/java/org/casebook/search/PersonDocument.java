package org.casebook.search;

import java.util.List;

/**
 * What the index knows of a person: every name, the status, the facet values and the claims' text; and apart from
 * those, the names an anonymous visitor may search by (empty unless the person and the name are published).
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
        List<String> publishedNames) {}
