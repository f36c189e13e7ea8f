package org.casebook.evidence;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.casebook.ledger.IntegrityCheck;
import org.casebook.ledger.IntegrityProblem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every stored file must decrypt and hash to the SHA-256 it was registered under. */
@Component
@Order(3)
class EvidenceFilesCheck implements IntegrityCheck {
    private final EvidenceStore store;

    EvidenceFilesCheck(EvidenceStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "evidence files";
    }

    @Override
    public long work() {
        return store.count();
    }

    @Override
    public void run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        long after = 0;
        List<Evidence> batch;
        do {
            batch = store.all(after, 500);
            for (Evidence evidence : batch) {
                IntegrityProblem.Words what =
                        IntegrityProblem.words("what.file", "sha", evidence.sha256(), "id", evidence.id());
                if (!store.stored(evidence)) {
                    problems.accept(IntegrityProblem.of("removed", what, IntegrityProblem.words("fileMissing")));
                } else {
                    try {
                        String actual = store.hashOfStored(evidence);
                        if (!actual.equals(evidence.sha256())) {
                            problems.accept(IntegrityProblem.of(
                                    "altered", what, IntegrityProblem.words("fileHash", "hash", actual)));
                        }
                    } catch (IOException | RuntimeException e) {
                        problems.accept(IntegrityProblem.of("altered", what, IntegrityProblem.words("fileAuth")));
                    }
                }
                after = evidence.id();
                progress.accept(1);
            }
        } while (!batch.isEmpty());
    }
}
