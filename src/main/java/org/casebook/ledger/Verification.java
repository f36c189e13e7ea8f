package org.casebook.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * `casebook verify`: runs every integrity check, reporting progress as it goes. The admin page starts it in the
 * background and polls {@link #progress()}; the command line runs it in the foreground.
 */
@Service
public class Verification {
    private final List<IntegrityCheck> checks;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "casebook-verify");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Progress> current = new AtomicReference<>();
    private final AtomicReference<Report> last = new AtomicReference<>();

    public Verification(List<IntegrityCheck> checks) {
        this.checks = checks;
    }

    public record Report(Instant startedAt, Duration took, long unitsChecked, List<IntegrityProblem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    public record Progress(String step, long done, long total, Instant startedAt) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }

    public Report run(Consumer<Progress> onProgress) {
        Instant start = Instant.now();
        long total = checks.stream().mapToLong(IntegrityCheck::work).sum();
        List<IntegrityProblem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong done = new AtomicLong();
        for (IntegrityCheck check : checks) {
            onProgress.accept(new Progress(check.name(), done.get(), total, start));
            check.run(
                    problems::add, n -> onProgress.accept(new Progress(check.name(), done.addAndGet(n), total, start)));
        }
        onProgress.accept(new Progress("done", total, total, start));
        return new Report(start, Duration.between(start, Instant.now()), done.get(), List.copyOf(problems));
    }

    /** Starts a verification in the background unless one is running; returns false if one was. */
    public synchronized boolean start() {
        if (current.get() != null) {
            return false;
        }
        current.set(new Progress("starting", 0, 0, Instant.now()));
        background.submit(() -> {
            try {
                last.set(run(current::set));
            } catch (RuntimeException e) {
                last.set(new Report(
                        Instant.now(),
                        Duration.ZERO,
                        0,
                        List.of(new IntegrityProblem("unreadable", "verification", e.getMessage()))));
            } finally {
                current.set(null);
            }
        });
        return true;
    }

    public Progress progress() {
        return current.get();
    }

    public Report lastReport() {
        return last.get();
    }
}
