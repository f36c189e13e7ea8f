package org.casebook.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** What every page must pass in a browser: WCAG 2.2 A and AA as axe-core reads them, and no sideways scroll. */
public final class PageChecks {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private PageChecks() {}

    /** Each violation as "rule: target html", so a failure names what to fix. */
    public static List<String> accessibilityViolations(WebDriver browser) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        return results.getViolations().stream().flatMap(PageChecks::described).toList();
    }

    private static Stream<String> described(Rule rule) {
        return rule.getNodes().stream().map(node -> rule.getId() + ": " + node.getTarget() + " " + node.getHtml());
    }

    /** Both checks on the page now open, each problem named with the page: too wide for the window, then axe's. */
    public static List<String> problems(WebDriver browser, String page) {
        List<String> problems = new ArrayList<>();
        long overflow = overflow(browser);
        if (overflow > 0) {
            problems.add(page + ": " + overflow + " px too wide at 390 px");
        }
        accessibilityViolations(browser).forEach(v -> problems.add(page + ": " + v));
        return problems;
    }

    /** How many CSS pixels the page is wider than the window (0 when it fits). */
    public static long overflow(WebDriver browser) {
        Object excess = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) excess).longValue();
    }
}
