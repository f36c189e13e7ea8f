package org.casebook.screens;

import java.util.List;
import org.casebook.claim.ClaimView;
import org.casebook.person.Gender;
import org.casebook.person.NameKind;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.records.Publication;
import org.casebook.status.PersonStatus;

/** A person as the API shows it; the status carries the claims it rests on, each linked to its source. */
public record PersonView(
        String publicId,
        String displayName,
        List<NameView> names,
        StatusView status,
        Gender gender,
        Integer birthYearFrom,
        Integer birthYearTo,
        String ethnicity,
        Long hometownPlaceId,
        String occupation,
        String notes,
        boolean synthetic,
        int version,
        boolean retracted,
        String retractionReason,
        String mergedInto,
        Publication publication,
        Links links) {

    public record NameView(
            long id,
            String text,
            String script,
            NameKind kind,
            String language,
            int version,
            boolean retracted,
            Publication publication) {
        static NameView of(PersonName n) {
            return new NameView(
                    n.id(), n.text(), n.script(), n.kind(), n.language(), n.version(), n.retracted(), n.publication());
        }
    }

    public record StatusView(PersonStatus value, String explanation, List<ClaimView> claims) {}

    public record Links(String self, String claims, String history) {}

    static PersonView of(Person.Summary summary, List<PersonName> allNames, List<ClaimView> basis, String mergedInto) {
        Person p = summary.person();
        return new PersonView(
                p.publicId(),
                summary.displayName(),
                allNames.stream().map(NameView::of).toList(),
                new StatusView(p.status().status(), p.status().explanation(), basis),
                p.gender(),
                p.birthYearFrom(),
                p.birthYearTo(),
                p.ethnicity(),
                p.hometownPlaceId(),
                p.occupation(),
                p.notes(),
                p.synthetic(),
                p.version(),
                p.retracted(),
                p.retractionReason(),
                mergedInto,
                p.publication(),
                new Links(
                        "/api/v1/persons/" + p.publicId(),
                        "/api/v1/claims?personId=" + p.publicId(),
                        "/api/v1/persons/" + p.publicId() + "/history"));
    }
}
