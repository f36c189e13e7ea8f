package org.casebook.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.casebook.estimation.CaptureHistories;
import org.casebook.estimation.CaptureHistoryCsv;
import org.casebook.estimation.Estimate;
import org.casebook.estimation.EstimationRefused;
import org.casebook.estimation.Estimator;
import org.springframework.stereotype.Service;

/**
 * The one door for an estimate, from the API and the page: a table given as CSV, or lists of sources read from the
 * record; computed with a bounded number at a time (each can keep both cores busy for seconds), and saved on request.
 */
@Service
public class EstimateService {
    /** What was asked: exactly one of {@code table} and {@code lists}. */
    public record Request(String table, List<ListDefinition> lists, Estimator.Options options, String saveAs) {}

    /** The answer: the table used, the estimate, and the saved record when one was kept. */
    public record Answer(
            CaptureHistories table, Estimate estimate, List<Estimate.Note> notes, SavedEstimates.Saved saved) {}

    /** More estimates asked for at once than the machine computes side by side. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("Two estimates are being computed already; try again in a few seconds.");
        }
    }

    private final Semaphore running = new Semaphore(2);
    private final CaptureHistoryBuilder builder;
    private final SavedEstimates saved;

    EstimateService(CaptureHistoryBuilder builder, SavedEstimates saved) {
        this.builder = builder;
        this.saved = saved;
    }

    public Answer estimate(Request request, String actor) {
        boolean hasTable = request.table() != null && !request.table().isBlank();
        boolean hasLists = request.lists() != null && !request.lists().isEmpty();
        if (hasTable == hasLists) {
            throw EstimationRefused.malformed("tableOrLists");
        }
        if (request.saveAs() != null
                && (request.saveAs().isBlank() || request.saveAs().length() > 300)) {
            throw EstimationRefused.malformed("title");
        }
        List<Estimate.Note> notes = new ArrayList<>();
        CaptureHistories table;
        if (hasTable) {
            table = CaptureHistoryCsv.read(request.table());
        } else {
            CaptureHistoryBuilder.Built built = builder.build(request.lists(), false);
            table = built.table();
            notes.addAll(built.warnings());
        }
        if (!running.tryAcquire()) {
            throw new Busy();
        }
        Estimate estimate;
        try {
            estimate = Estimator.estimate(table, request.options());
        } finally {
            running.release();
        }
        SavedEstimates.Saved record = request.saveAs() == null
                ? null
                : saved.save(request.saveAs(), inputs(request, table), EstimateJson.of(estimate), actor);
        return new Answer(table, estimate, List.copyOf(notes), record);
    }

    /** The inputs as saved: enough to compute the same estimate again with the same version. */
    static Map<String, Object> inputs(Request request, CaptureHistories table) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("table", patterns(table));
        inputs.put("lists", table.lists());
        if (request.lists() != null) {
            inputs.put(
                    "listDefinitions",
                    request.lists().stream()
                            .map(l -> Map.of("name", l.name(), "selectors", l.selectors()))
                            .toList());
        }
        Estimator.Options o = request.options();
        inputs.put("criterion", o.criterion().name());
        inputs.put("bootstrap", o.replicates());
        inputs.put("bootstrapModels", o.bootstrapModels());
        inputs.put("seed", o.seed());
        inputs.put("model", o.fixed());
        return inputs;
    }

    /** Every observable pattern with its count, zero counts included, keyed by list names joined with "+". */
    public static Map<String, Object> patterns(CaptureHistories table) {
        Map<String, Object> patterns = new LinkedHashMap<>();
        for (int pattern = 1; pattern < 1 << table.size(); pattern++) {
            patterns.put(table.patternName(pattern), table.count(pattern));
        }
        return patterns;
    }
}
