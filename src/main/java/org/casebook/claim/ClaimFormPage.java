package org.casebook.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.place.Place;
import org.casebook.records.Labels;
import org.casebook.source.Source;
import org.casebook.web.FormErrors;

/** The claim form, new ({@code claim} null) or editing; values are what was last submitted. */
public record ClaimFormPage(
        Claim claim,
        ClaimCommand values,
        List<ClaimService.ClaimTypeEntry> types,
        List<Source> sources,
        List<Place> places,
        FormErrors errors) {

    public Map<String, String> typeOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        types.forEach(t -> options.put(t.code(), t.label()));
        return options;
    }

    public Map<String, String> sourceOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        sources.forEach(s -> options.put(String.valueOf(s.id()), s.title() + " (" + Labels.of(s.kind()) + ")"));
        return options;
    }

    public Map<String, String> placeOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        places.forEach(p -> options.put(String.valueOf(p.id()), p.name()));
        return options;
    }

    public static Map<String, String> credibilityOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("1", "1 confirmed by other sources");
        options.put("2", "2 probably true");
        options.put("3", "3 possibly true");
        options.put("4", "4 doubtful");
        options.put("5", "5 improbable");
        options.put("6", "6 truth cannot be judged");
        return options;
    }
}
