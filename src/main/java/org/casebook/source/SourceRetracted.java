package org.casebook.source;

/** Published inside the retracting transaction, so that whatever rests on the source is re-derived with it. */
public record SourceRetracted(long sourceId) {}
