package org.casebook.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NameCommand(
        @NotBlank @Size(max = 300) String text,
        String kind,

        @Size(max = 20)
        @Pattern(
                regexp = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*",
                message = "must be a language tag such as ug, tr, zh-Hans")
        String language,

        Integer version,
        @Size(max = 2000) String reason) {}
