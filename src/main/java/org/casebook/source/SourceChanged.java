package org.casebook.source;

/** Published when a source's fields change, so that what shows them (the search index) can follow. */
public record SourceChanged(long sourceId) {}
