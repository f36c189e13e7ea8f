package org.casebook.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.editing.Editable;
import org.casebook.records.Publication;
import org.casebook.status.DerivedStatus;

public record Person(
        long id,
        String publicId,
        Gender gender,
        Integer birthYearFrom,
        Integer birthYearTo,
        String ethnicity,
        Long hometownPlaceId,
        String occupation,
        String notes,
        boolean synthetic,
        DerivedStatus status,
        int version,
        boolean retracted,
        String retractionReason,
        Long mergedInto,
        Publication publication)
        implements Editable {

    public String birthYears() {
        String years = years(birthYearFrom, birthYearTo);
        return years == null ? "" : years;
    }

    /** "1970", "1970–1979", "?–1979", or null when neither year is known. */
    static String years(Integer from, Integer to) {
        if (from == null && to == null) {
            return null;
        }
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        return (from == null ? "?" : from) + "–" + (to == null ? "?" : to);
    }

    /** The derived status is left out: it is recomputed from claims, and their revisions already hold it. */
    @Override
    public Map<String, Object> revisionContent() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", id);
        content.put("publicId", publicId);
        content.put("gender", gender);
        content.put("birthYearFrom", birthYearFrom);
        content.put("birthYearTo", birthYearTo);
        content.put("ethnicity", ethnicity);
        content.put("hometownPlaceId", hometownPlaceId);
        content.put("occupation", occupation);
        content.put("notes", notes);
        content.put("synthetic", synthetic);
        content.put("version", version);
        content.put("retracted", retracted);
        content.put("retractionReason", retractionReason);
        if (mergedInto != null) {
            // Only present once merged, so the revisions written before merging existed stay canonical as they were.
            content.put("mergedInto", mergedInto);
        }
        publication.addTo(content);
        return content;
    }

    public record Summary(Person person, List<PersonName> names) {
        public String displayName() {
            return names.stream()
                    .filter(n -> n.kind() == NameKind.primary)
                    .findFirst()
                    .or(() -> names.stream().findFirst())
                    .map(PersonName::text)
                    .orElse(person.publicId());
        }
    }
}
