package org.casebook.person;

import java.util.List;

/** A person as the public site shows them: published names only, and no internal field at all. */
public record PublishedPerson(
        String publicId,
        String displayName,
        List<Name> names,
        String gender,
        String birthYears,
        String hometown,
        boolean synthetic) {

    public record Name(String text, String script, String kind) {}
}
