package org.casebook.screens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.matching.DuplicateQueue;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.place.Place;
import org.casebook.web.FormErrors;

/**
 * The person form, new ({@code person} null) or editing; values are what was last submitted. The national ID
 * number is asked only when creating (afterwards it is changed on the secret-fields page, by editors).
 */
public record PersonFormPage(
        Person person,
        PersonCommand values,
        String nationalId,
        List<Place> places,
        FormErrors errors,
        List<DuplicateQueue.Match> matches) {
    public static final int NEW_NAME_ROWS = 3;

    public Map<String, String> placeOptions() {
        return places.stream()
                .collect(Collectors.toMap(p -> String.valueOf(p.id()), Place::name, (a, b) -> a, LinkedHashMap::new));
    }

    public String name(int row, String field) {
        if (values.names() == null || row >= values.names().size()) {
            return field.equals("kind") ? (row == 0 ? "primary" : "alias") : "";
        }
        NameCommand n = values.names().get(row);
        String value = switch (field) {
            case "text" -> n.text();
            case "kind" -> n.kind();
            default -> n.language();
        };
        return value == null ? "" : value;
    }
}
