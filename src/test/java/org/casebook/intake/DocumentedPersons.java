package org.casebook.intake;

import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;

/** A documented person for a list's row to find: a man with one name and a birth year, whom no other test names. */
final class DocumentedPersons {
    private DocumentedPersons() {}

    /** Returns the person's public id. */
    static String create(HttpApi editor, String name, int born) {
        return editor.post(
                        "/api/v1/persons?confirmedNew=true",
                        Map.of(
                                "gender",
                                "male",
                                "birthYearFrom",
                                born,
                                "birthYearTo",
                                born,
                                "names",
                                List.of(Map.of("text", name, "kind", "primary"))))
                .json()
                .get("publicId")
                .asString();
    }
}
