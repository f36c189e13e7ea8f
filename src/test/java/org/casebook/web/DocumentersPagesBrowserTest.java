package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Every documenters' page an administrator can reach by following links, one of each kind, on a 390 px phone, in
 * English and in Uyghur (right to left): the language and direction the reader chose, no sideways scroll and no WCAG
 * 2.2 A/AA violation that axe-core finds.
 */
class DocumentersPagesBrowserTest extends BrowserTestSupport {
    private static final int MOST_PAGES = 60;

    @AfterEach
    void wideAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @Test
    void everyPageFitsAPhoneAndPassesAxe() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        List<String> problems = new ArrayList<>(check("/login"));
        signIn(Role.admin);
        browser.manage().window().setSize(new Dimension(390, 844));
        Map<String, String> pages = reachablePages();
        assertThat(pages.keySet())
                .as("the crawl reached the documenters' pages")
                .contains("/app/persons", "/app/persons/{id}", "/app/sources/{n}", "/app/ledger", "/app/admin/audit");
        for (String language : List.of("en", "ug")) {
            browser.get(url("/app/persons?lang=" + language));
            for (String page : pages.values()) {
                browser.get(url(page));
                WebElement html = browser.findElement(By.tagName("html"));
                if (!language.equals(html.getAttribute("lang"))
                        || !html.getAttribute("dir").equals(language.equals("ug") ? "rtl" : "ltr")) {
                    problems.add(language + " " + page + ": lang " + html.getAttribute("lang") + ", dir "
                            + html.getAttribute("dir"));
                }
                check(page).forEach(p -> problems.add(language + " " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void changesHardToUndoLookDangerousAndAskFirst() {
        signIn(Role.admin);
        browser.get(url("/app/admin/accounts"));
        WebElement ordinary = browser.findElement(By.cssSelector("form[action$='/unlock'] button"));
        WebElement reset = browser.findElement(By.cssSelector("form[action$='/reset'] button"));
        assertThat(reset.getCssValue("background-color")).isNotEqualTo(ordinary.getCssValue("background-color"));
        String before = browser.getCurrentUrl();
        reset.click();
        // The browser keeps the form until its "I am sure" box is ticked: nothing was sent.
        assertThat(browser.getCurrentUrl()).isEqualTo(before);
        assertThat(browser.findElements(By.id("new-password"))).isEmpty();
    }

    private List<String> check(String page) {
        return PageChecks.problems(browser, page);
    }

    /** One address per kind of page (CB-000001 and CB-000002 are one kind), breadth first from the start page. */
    private Map<String, String> reachablePages() {
        Map<String, String> byKind = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/app/persons"));
        while (!queue.isEmpty() && byKind.size() < MOST_PAGES) {
            String page = queue.removeFirst();
            String kind = kind(page);
            if (byKind.containsKey(kind)) {
                continue;
            }
            byKind.put(kind, page);
            browser.get(url(page));
            for (WebElement link : browser.findElements(By.cssSelector("a[href^='/app/']"))) {
                String href = link.getDomAttribute("href");
                // Pages only: files (downloads, thumbnails, GeoJSON) are not pages to fit a phone.
                boolean file = href.contains("/content")
                        || href.contains("/thumbnail")
                        || href.matches(".*\\.(csv|geojson|json|png|jar)([?#].*)?");
                if (!file && !byKind.containsKey(kind(href))) {
                    queue.addLast(href);
                }
            }
        }
        return byKind;
    }

    private static String kind(String page) {
        return page.replaceAll("[?#].*", "")
                .replaceAll("/CB-\\d+", "/{id}")
                .replaceAll("/CBF-\\d+", "/{facility}")
                .replaceAll("/[0-9a-f]{64}", "/{sha}")
                .replaceAll("/\\d+", "/{n}");
    }
}
