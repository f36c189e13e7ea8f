package org.casebook.records;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks commands in the services, so that the pages, the API and the demo loader all obey the same rules.
 * Problems are collected so a form can show every one of them next to its field at once.
 */
@Component
public class InputChecks {
    private final Validator validator;

    public InputChecks(Validator validator) {
        this.validator = validator;
    }

    public Collector collect(Object command) {
        Collector collector = new Collector();
        validator.validate(command).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    ConstraintKeys.Keyed keyed = ConstraintKeys.of(v);
                    String field = v.getPropertyPath().toString();
                    if (keyed == null) {
                        collector.problem(field, v.getMessage());
                    } else {
                        collector.problem(
                                field,
                                v.getMessage(),
                                keyed.key(),
                                keyed.namesAndValues().toArray());
                    }
                });
        textProblems(command, "", collector);
        return collector;
    }

    /**
     * Text that PostgreSQL cannot store (NUL) or that shows a broken encoding (lone surrogates, the replacement
     * character left by undecodable bytes) is refused, so that what is stored is what the person meant.
     */
    /** A record's components, read once per type: reading them parses the class file's attribute each time. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static void textProblems(Object value, String path, Collector collector) {
        switch (value) {
            case null -> {}
            case String s -> {
                String problem = textProblem(s);
                if (problem != null) {
                    collector.problem(path, problem, ConstraintKeys.ofText(problem));
                }
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    textProblems(list.get(i), path + "[" + i + "]", collector);
                }
            }
            case Record record -> {
                for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                    try {
                        String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
                        textProblems(component.getAccessor().invoke(record), name, collector);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {}
        }
    }

    public static String textProblem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "contains a NUL character";
            }
            if (c == '\uFFFD') {
                return "contains U+FFFD: the text was not valid UTF-8";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return "is not valid Unicode (lone surrogate)";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "is not valid Unicode (lone surrogate)";
            }
        }
        return null;
    }

    /** The message key of one of {@link #textProblem}'s answers. */
    public static String textProblemKey(String problem) {
        return ConstraintKeys.ofText(problem);
    }

    public static <E extends Enum<E>> E vocabulary(Class<E> type, String value, String field, Collector problems) {
        if (value == null || value.isBlank()) {
            problems.problem(field, "is required", "error.required");
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        String values = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problems.problem(field, "must be one of " + values, "error.oneOf", "values", values);
        return null;
    }

    /** Blank optional text is stored as absent, so "no occupation" has one representation. */
    /** Only web addresses: a javascript: or data: URL would run in a reader's browser from a link. */
    public static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static final class Collector {
        private final List<InvalidInput.FieldProblem> problems = new ArrayList<>();

        public void problem(String field, String message) {
            problems.add(new InvalidInput.FieldProblem(field, message));
        }

        /** A problem that pages show in the reader's language: {@code key} names it in the message bundles. */
        public void problem(String field, String message, String key, Object... namesAndValues) {
            problems.add(new InvalidInput.FieldProblem(field, message, key, List.of(namesAndValues)));
        }

        /** Runs a check that throws its problems, keeping them here instead, each under the field {@code as} names. */
        public void keep(Runnable check, UnaryOperator<String> as) {
            try {
                check.run();
            } catch (InvalidInput e) {
                e.problems()
                        .forEach(p -> problems.add(new InvalidInput.FieldProblem(
                                as.apply(p.field()), p.message(), p.key(), p.arguments())));
            }
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
