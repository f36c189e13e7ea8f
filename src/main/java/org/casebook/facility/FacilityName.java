package org.casebook.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One name of a facility in one language (the official Chinese name, its Uyghur and English forms, others). When
 * {@code lang} is left out it is taken from the script the name is written in.
 */
public record FacilityName(
        @NotBlank @Size(max = 300) String name,

        @Size(max = 20) @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
        String lang) {}
