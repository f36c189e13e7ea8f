package org.casebook.facility;

import java.util.Comparator;
import java.util.List;
import org.casebook.names.NameScripts;

/** How pages list a facility's names: grouped by script (Han, Arabic, Cyrillic, Latin), in the order given within each. */
public final class FacilityForms {
    private static final List<String> SCRIPTS = List.of("Hani", "Arab", "Cyrl", "Latn");

    private FacilityForms() {}

    public static List<FacilityName> byScript(List<FacilityName> names) {
        return names.stream()
                .sorted(Comparator.comparingInt(n -> {
                    int at = SCRIPTS.indexOf(NameScripts.detect(n.name()));
                    return at < 0 ? SCRIPTS.size() : at;
                }))
                .toList();
    }
}
