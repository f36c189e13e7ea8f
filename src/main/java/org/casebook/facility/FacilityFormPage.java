package org.casebook.facility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.place.Place;
import org.casebook.records.Labels;
import org.casebook.source.Source;
import org.casebook.web.FormErrors;

/** The facility form, new ({@code facility} null) or editing; values are what was last submitted. */
public record FacilityFormPage(
        Facility facility, FacilityCommand values, List<Place> places, List<Source> sources, FormErrors errors) {
    /** Name rows the form offers: the names given, then empty rows up to this many. */
    static final int NAME_ROWS = 6;

    public List<FacilityName> nameRows() {
        List<FacilityName> rows = new ArrayList<>(values.names() == null ? List.of() : values.names());
        while (rows.size() < NAME_ROWS) {
            rows.add(new FacilityName("", ""));
        }
        return rows;
    }

    public Map<String, String> placeOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        places.forEach(p -> options.put(String.valueOf(p.id()), p.name() + " (" + Labels.of(p.level()) + ")"));
        return options;
    }

    public Map<String, String> sourceOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        sources.forEach(s -> options.put(String.valueOf(s.id()), s.title() + " (" + Labels.of(s.kind()) + ")"));
        return options;
    }

    public static Map<String, String> tierOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (int tier = 1; tier <= 4; tier++) {
            options.put(String.valueOf(tier), String.valueOf(tier));
        }
        return options;
    }

    public static String number(Object value) {
        return value == null ? "" : value.toString();
    }
}
