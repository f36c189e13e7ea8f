package org.casebook.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.estimation.Estimate;

/** One estimate as the command line prints it and the API answers it. */
public final class EstimateJson {
    /** Bumped whenever a change to the estimation code could change a number; saved with every estimate. */
    public static final String METHOD_VERSION = "casebook-mse-1";

    private EstimateJson() {}

    public static Map<String, Object> of(Estimate estimate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("observed", estimate.observed());
        json.put("unseen", tenth(estimate.unseen()));
        json.put("total", tenth(estimate.total()));
        List<Object> interval = new ArrayList<>();
        if (Double.isFinite(estimate.low())) {
            interval.add(Math.round(estimate.low()));
            interval.add(Math.round(estimate.high()));
        }
        json.put("interval", interval);
        json.put("model", estimate.model());
        json.put("method", estimate.method());
        json.put("warnings", estimate.warnings());
        json.put("assumptions", Estimate.ASSUMPTIONS);
        json.put(
                "candidates",
                estimate.candidates().stream()
                        .map(c -> Map.of(
                                "model", c.model(), "criterion", tenth(c.criterion()), "total", tenth(c.total())))
                        .toList());
        json.put("modelsConsidered", estimate.modelsConsidered());
        json.put("version", METHOD_VERSION);
        return json;
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
