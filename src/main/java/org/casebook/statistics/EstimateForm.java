package org.casebook.statistics;

import java.util.ArrayList;
import java.util.List;

/** What the estimates form holds, to show it again: lists as {@code NAME=selectors}, or a pasted table. */
public record EstimateForm(String title, String table, List<String> lists, String criterion, String bootstrap) {
    static EstimateForm empty() {
        List<String> lists = new ArrayList<>(List.of("Testimonies=kind:testimony", "Press=kind:news_article"));
        while (lists.size() < EstimatePageController.LIST_FIELDS) {
            lists.add("");
        }
        return new EstimateForm("", "", lists, "BIC", "1000");
    }
}
