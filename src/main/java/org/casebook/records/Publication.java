package org.casebook.records;

import java.util.Map;

/**
 * How far a person, name, source or claim is shown: a draft is a contributor's work in progress, internal is for
 * accounts only, published is on the public site. Retraction is a separate flag and hides a record everywhere.
 */
public enum Publication {
    draft,
    internal,
    published;

    /**
     * Written into a revision only when it is not the default, so that revisions written before publication
     * states existed stay canonical as they were.
     */
    public void addTo(Map<String, Object> content) {
        if (this != internal) {
            content.put("publication", this);
        }
    }

    public static Publication of(String code) {
        return code == null ? internal : valueOf(code);
    }
}
