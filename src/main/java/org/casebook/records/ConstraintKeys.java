package org.casebook.records;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;

/**
 * The message key (and its values) of a bean-validation problem, so a page can say it in the reader's language;
 * the English message stays what the API's problem details say.
 */
final class ConstraintKeys {
    private ConstraintKeys() {}

    record Keyed(String key, List<Object> namesAndValues) {}

    static Keyed of(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        return switch (violation.getConstraintDescriptor().getAnnotation()) {
            case NotBlank ignored -> new Keyed("error.required", List.of());
            case NotEmpty ignored -> new Keyed("error.required", List.of());
            case NotNull ignored -> new Keyed("error.required", List.of());
            case Size size -> sized(size, value);
            case Min min -> new Keyed("error.min", List.of("value", min.value()));
            case Max max -> new Keyed("error.max", List.of("value", max.value()));
            case DecimalMin min -> new Keyed("error.min", List.of("value", min.value()));
            case DecimalMax max -> new Keyed("error.max", List.of("value", max.value()));
            case Pattern ignored -> new Keyed("error.pattern", List.of());
            default -> null;
        };
    }

    private static Keyed sized(Size size, Object value) {
        boolean text = value instanceof CharSequence;
        int length = value instanceof CharSequence s ? s.length() : value instanceof Collection<?> c ? c.size() : 0;
        if (length < size.min()) {
            return new Keyed(text ? "error.tooShort" : "error.tooFew", List.of("min", size.min()));
        }
        return new Keyed(text ? "error.tooLong" : "error.tooMany", List.of("max", size.max()));
    }

    /** The key of one of {@link InputChecks#textProblem}'s answers. */
    static String ofText(String problem) {
        return problem.contains("NUL") ? "error.nul" : "error.encoding";
    }
}
