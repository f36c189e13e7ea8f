package org.casebook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceStore;
import org.casebook.person.Gender;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.casebook.records.TooLarge;
import org.springframework.core.io.InputStreamSource;

/** The checks of a report's optional details and files, each problem with its key for the reader's language. */
final class ReportChecks {
    static final int MAX_FILES = 3;
    /** Photos and documents, as Casebook detects them from their bytes (a name or a declared type proves nothing). */
    static final Set<String> FILE_TYPES =
            Set.of("image/jpeg", "image/png", "image/webp", "image/gif", "image/heic", "image/heif", "application/pdf");

    private ReportChecks() {}

    static void details(ReportDetails d, LocalDate today, InputChecks.Collector problems) {
        if (d.birthYearOrAge() != null && !d.birthYearOrAge().isBlank() && d.birthYears(today) == null) {
            problems.problem(
                    "birthYearOrAge",
                    "a year of birth such as 1962, or an age such as 57",
                    "report.error.birthYearOrAge");
        }
        if (d.gender() != null && !d.gender().isBlank()) {
            InputChecks.vocabulary(Gender.class, d.gender(), "gender", problems);
        }
        text(problems, "hometown", d.hometown());
        text(problems, "occupation", d.occupation());
        text(problems, "takenPlace", d.takenPlace());
        text(problems, "heldPlace", d.heldPlace());
    }

    /** An optional text of the details: at most 300 characters, and no NUL. */
    private static void text(InputChecks.Collector problems, String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > 300) {
            limit(problems, field, value, 300);
        } else if (value.indexOf(0) >= 0) {
            problems.problem(field, "must not contain NUL characters", "error.nul");
        }
    }

    static void limit(InputChecks.Collector problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.problem(field, "must be at most " + max + " characters", "error.tooLong", "max", max);
        }
    }

    /** Stores one file of a report; a file too large or of another kind is refused with the field's problem. */
    static Evidence store(EvidenceStore evidence, InputStreamSource file, long limit) {
        try (InputStream in = file.getInputStream()) {
            return evidence.registerReported(in, limit, FILE_TYPES);
        } catch (TooLarge e) {
            throw problem("each file must be at most " + (limit >> 20) + " MiB", "report.error.fileTooLarge");
        } catch (InvalidInput e) {
            throw problem(e.problems().getFirst().message(), "report.error.fileType");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInput problem(String message, String key) {
        return new InvalidInput("files", message, key);
    }
}
