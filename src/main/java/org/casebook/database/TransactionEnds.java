package org.casebook.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For copies kept in memory beside the database: dropped when a write starts, so that no page reads the old copy
 * while the write runs, and again when its transaction ends, committed or rolled back, so that a copy read from the
 * database in between (before the write committed) is not kept.
 */
public final class TransactionEnds {
    private TransactionEnds() {}

    /** Runs {@code drop} now and, inside a transaction, again once it ends. */
    public static void nowAndAtEnd(Runnable drop) {
        drop.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop.run();
                }
            });
        }
    }
}
