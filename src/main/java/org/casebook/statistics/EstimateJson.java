package org.casebook.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.estimation.Estimate;
import org.casebook.estimation.EstimationRefused;
import org.casebook.web.Language;
import org.casebook.web.Texts;

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
        json.put(
                "method",
                String.join(
                        " ",
                        estimate.method().stream().map(EstimateJson::english).toList()));
        json.put(
                "warnings",
                estimate.warnings().stream().map(EstimateJson::english).toList());
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

    static String english(Estimate.Note note) {
        return Texts.appTextIn(
                Language.en,
                "app.estimates.note." + note.key(),
                note.namesAndValues().toArray());
    }

    /** Why an estimate was refused, in English (the command line, the API). */
    public static String english(EstimationRefused refused) {
        return Texts.appTextIn(
                Language.en,
                "app.estimates.refused." + refused.key(),
                refused.namesAndValues().toArray());
    }

    /** Why an estimate was refused, in the documenters' page language. */
    public static String shown(EstimationRefused refused) {
        return Texts.appText(
                "app.estimates.refused." + refused.key(),
                refused.namesAndValues().toArray());
    }

    /** A note in the documenters' page language. */
    public static String shown(Estimate.Note note) {
        return Texts.appText(
                "app.estimates.note." + note.key(), note.namesAndValues().toArray());
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
