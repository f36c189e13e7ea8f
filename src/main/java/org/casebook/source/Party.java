package org.casebook.source;

/** Who stands behind a source or a claim; the same vocabulary serves both. */
public enum Party {
    family,
    state,
    state_media,
    ngo,
    foreign_government,
    media,
    researcher,
    unknown
}
