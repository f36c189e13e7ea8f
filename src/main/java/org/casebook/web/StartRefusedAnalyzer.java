package org.casebook.web;

import org.casebook.database.DataDirectoryInUse;
import org.casebook.ledger.KeyFile;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * When Casebook refuses to start on purpose (a key missing or not matching the data, a data directory another
 * process uses), the operator reads the reason and what to do in a few lines instead of a stack trace.
 */
class StartRefusedAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KeyFile.MissingKey) {
                return new FailureAnalysis(cause.getMessage(), "Put the key directory back from its own backup, or "
                        + "point the key settings at it (docs/operations.md, 'Keys').", cause);
            }
            if (cause instanceof DataDirectoryInUse) {
                return new FailureAnalysis(cause.getMessage(), "Stop the other Casebook process first.", cause);
            }
        }
        return null;
    }
}
