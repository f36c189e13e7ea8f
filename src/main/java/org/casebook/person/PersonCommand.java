package org.casebook.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a documenter submits for a person. {@code names} is read only on creation (a person is never created
 * nameless); later names are added one by one. {@code version} and {@code reason} serve edits. {@code nationalId} is
 * read only on creation and never becomes part of the record: it is sealed as a secret field, in the same
 * transaction (see PersonIntake), and left out of this command's text so it cannot reach a log.
 */
public record PersonCommand(
        String gender,
        @Min(1850) @Max(2100) Integer birthYearFrom,
        @Min(1850) @Max(2100) Integer birthYearTo,
        @Size(max = 100) String ethnicity,
        Long hometownPlaceId,
        @Size(max = 300) String occupation,
        @Size(max = 20000) String notes,
        Boolean synthetic,
        @Size(max = 20) List<@Valid NameCommand> names,
        Integer version,
        @Size(max = 2000) String reason,
        @Size(max = 40) String nationalId) {

    @Override
    public String toString() {
        return "PersonCommand[gender=%s, birthYears=%s-%s, names=%s, version=%s, nationalId=%s]"
                .formatted(
                        gender,
                        birthYearFrom,
                        birthYearTo,
                        names == null ? 0 : names.size(),
                        version,
                        nationalId == null ? "none" : "sealed");
    }
}
