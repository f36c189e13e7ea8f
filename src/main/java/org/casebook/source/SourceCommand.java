package org.casebook.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SourceCommand(
        String kind,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 300) String publisher,
        @Size(max = 2000) String url,
        String publishedOn,
        @Size(max = 20) String language,
        String party,
        String reliability,
        @Size(max = 200000) String excerpt,
        Boolean synthetic,
        Integer version,
        @Size(max = 2000) String reason,
        String consent) {

    public SourceCommand(
            String kind,
            String title,
            String publisher,
            String url,
            String publishedOn,
            String language,
            String party,
            String reliability,
            String excerpt,
            Boolean synthetic,
            Integer version,
            String reason) {
        this(
                kind,
                title,
                publisher,
                url,
                publishedOn,
                language,
                party,
                reliability,
                excerpt,
                synthetic,
                version,
                reason,
                null);
    }
}
