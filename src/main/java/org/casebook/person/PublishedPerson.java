package org.casebook.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A person as the public site shows them: published names only, and no internal field at all. */
public record PublishedPerson(
        String publicId,
        String displayName,
        List<Name> names,
        String gender,
        String birthYears,
        String hometown,
        boolean synthetic) {

    /** @param language the name's language tag when a documenter gave it (ug, ru, zh-Hans); null otherwise */
    public record Name(String text, String script, String kind, String language) {}

    /** The names grouped by script (ISO 15924), scripts in the order their first name appears. */
    public Map<String, List<Name>> namesByScript() {
        Map<String, List<Name>> groups = new LinkedHashMap<>();
        names.forEach(
                n -> groups.computeIfAbsent(n.script(), k -> new ArrayList<>()).add(n));
        return groups;
    }
}
