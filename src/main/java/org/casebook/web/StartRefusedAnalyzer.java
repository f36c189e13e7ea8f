package org.casebook.web;

import java.util.Optional;
import org.casebook.database.DataDirectoryInUse;
import org.casebook.keys.KeyFile;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * When Casebook refuses to start on purpose (a key missing or not matching the data, a data directory another
 * process uses), the operator reads the reason and what to do in a few lines instead of a stack trace.
 */
public class StartRefusedAnalyzer implements FailureAnalyzer {

    /** The deliberate refusal among a failure's causes, if there is one; the commands print it the same way. */
    public static Optional<Throwable> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KeyFile.MissingKey || cause instanceof DataDirectoryInUse) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return refusal(failure)
                .map(cause -> new FailureAnalysis(
                        cause.getMessage(),
                        cause instanceof DataDirectoryInUse
                                ? "Stop the other Casebook process first."
                                : "Put the key directory back from its own backup, or point the key settings at it (docs/operations.md,"
                                        + " 'Keys').",
                        cause))
                .orElse(null);
    }
}
