package org.casebook.place;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a documenter submits to create or change a place; {@code version} and {@code reason} serve edits. */
public record PlaceCommand(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> otherNames,
        String level,
        Long parentId,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        Integer version,
        @Size(max = 2000) String reason) {}
