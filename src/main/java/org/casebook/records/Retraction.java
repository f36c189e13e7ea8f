package org.casebook.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Deleting is never possible; a record is retracted with a reason, and stays readable in its history. */
public record Retraction(
        @NotNull Integer version,
        @NotBlank @Size(max = 2000) String reason) {}
