package org.casebook.web;

import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.Publication;

/** A request to move a record between draft, internal and published, against the version the editor saw. */
public record PublicationChange(String state, Integer version) {
    public Publication publication() {
        InputChecks.Collector problems = new InputChecks.Collector();
        Publication publication = InputChecks.vocabulary(Publication.class, state, "state", problems);
        problems.throwIfAny();
        if (publication == null) {
            throw new InvalidInput(
                    "state",
                    "must be one of draft, internal, published",
                    "error.oneOf",
                    "values",
                    "draft, internal, published");
        }
        return publication;
    }

    public static PublicationChange of(FormData form) {
        return new PublicationChange(form.text("state"), form.integer("version"));
    }
}
