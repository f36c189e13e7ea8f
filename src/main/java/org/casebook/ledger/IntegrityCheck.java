package org.casebook.ledger;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** One part of `casebook verify`: the ledger tree, the current rows, the evidence files. */
public interface IntegrityCheck {
    String name();

    /** How many units of work {@link #run} will report, for the progress bar. */
    long work();

    void run(Consumer<IntegrityProblem> problems, LongConsumer progress);
}
