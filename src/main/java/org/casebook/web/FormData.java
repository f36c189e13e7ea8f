package org.casebook.web;

import org.casebook.records.InputChecks;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form's fields, read the way a person typed them. Numbers that do not parse are problems of their
 * field, reported beside it with every other problem of the form.
 */
public final class FormData {
    private final MultiValueMap<String, String> fields;
    private final InputChecks.Collector problems = new InputChecks.Collector();

    public FormData(MultiValueMap<String, String> fields) {
        this.fields = fields;
    }

    public String text(String name) {
        String value = fields.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }

    public boolean checked(String name) {
        return fields.containsKey(name);
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.problem(name, "must be a whole number", "error.wholeNumber");
            return null;
        }
    }

    public Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.problem(name, "must be chosen from the list", "error.chooseFromList");
            return null;
        }
    }

    public Double decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.problem(name, "must be a number such as 39.47", "error.decimal");
            return null;
        }
    }

    /** Call before handing the command to a service, so unparsable input never reaches it. */
    public void throwIfUnreadable() {
        problems.throwIfAny();
    }
}
