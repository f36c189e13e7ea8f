package org.casebook.statistics;

import org.casebook.web.Texts;

/**
 * The statistics page's model, for the public site and for documenters: the words come from the public bundle, in
 * the reader's language on the public site and in the documenters' page language under /app.
 */
public record StatisticsPage(StatisticsFigures.Figures figures, boolean documenters) {
    public String t(String key, Object... namesAndValues) {
        return documenters ? Texts.appText(key, namesAndValues) : Texts.t(key, namesAndValues);
    }

    /** A row or column heading: a vocabulary code in the reader's words, a year or place name as it is. */
    public String label(String vocabulary, String code) {
        if ("unknown".equals(code) && (vocabulary == null || vocabulary.equals("ageBand"))) {
            return t("statistics.unknown");
        }
        if (vocabulary == null) {
            return code;
        }
        if (vocabulary.equals("ageBand") || vocabulary.equals("contested")) {
            return t(
                    "statistics." + vocabulary + "." + code.replace("+", "plus").replace("-", "to"));
        }
        return documenters ? Texts.appLabel(vocabulary, code) : Texts.label(vocabulary, code);
    }

    public String base() {
        return documenters ? "/app/statistics" : "/statistics";
    }

    public String computed() {
        return documenters
                ? Texts.appText(
                        "statistics.computed", "moment", figures.computedAt().toString())
                : Texts.t("statistics.computed", "moment", figures.computedAt().toString());
    }
}
