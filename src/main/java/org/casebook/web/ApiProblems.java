package org.casebook.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.records.StaleVersion;
import org.casebook.records.StoredDataDamaged;
import org.casebook.records.TooLarge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** RFC 9457 problem details for every API error, naming the offending field where there is one. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                e.problems().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        problem.setTitle(Texts.t("problem.invalid"));
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "version", "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(TooLarge.class)
    ProblemDetail tooLarge(TooLarge e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(StoredDataDamaged.class)
    ProblemDetail damaged(StoredDataDamaged e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        String message = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "must be one of "
                        + Arrays.stream(e.getRequiredType().getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", "))
                : "is not a valid "
                        + (e.getRequiredType() == null
                                ? "value"
                                : e.getRequiredType().getSimpleName());
        return invalid(new InvalidInput(e.getName(), message));
    }

    /** A service refused the acting account (permissions are checked in the services as well as on routes). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "Your account's role does not allow this; nothing was changed.");
        problem.setTitle(Texts.t("problem.denied"));
        return problem;
    }

    /** Unexpected failures: logged with their cause, answered without it (it may name internals). */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API request", e);
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed by this request.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(e, RequestTooLarge.class)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    causeOf(e, RequestTooLarge.class).getMessage());
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        JacksonException jackson = causeOf(e, JacksonException.class);
        String field = jackson == null
                ? null
                : jackson.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[");
        String reason = jackson == null
                ? "The request body is not readable JSON."
                : jackson.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
        if (reason.length() > 300) {
            reason = reason.substring(0, 300);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, (field == null || field.isEmpty() ? "" : field + ": ") + reason);
        problem.setTitle(Texts.t("problem.unreadable"));
        if (field != null && !field.isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", reason)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        return causeOf(t, type) != null;
    }

    private static <T extends Throwable> T causeOf(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
