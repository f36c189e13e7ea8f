package org.casebook.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What a documenter submits for a person. {@code names} is read only on creation (a person is never created
 * nameless); later names are added one by one. {@code version} and {@code reason} serve edits.
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
        @Size(max = 2000) String reason) {
}
