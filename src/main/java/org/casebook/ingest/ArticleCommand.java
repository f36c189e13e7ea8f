package org.casebook.ingest;

/** An article to read, with what the editor says about its source. */
public record ArticleCommand(
        String text,
        String title,
        String publisher,
        String url,
        String publishedOn,
        String kind,
        String party,
        String reliability) {}
