package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The public site in Uyghur, Turkish and Chinese as a relative on a phone sees it: the right language and
 * direction, navigation on the side the language reads from, nothing wider than a 390 px screen, and no WCAG 2.2
 * A/AA violation that axe-core finds, in English and Uyghur.
 */
class LanguagesBrowserTest extends BrowserTestSupport {
    @AfterEach
    void wideAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    /** The public pages, found as a reader finds them: search, the seed case, one of its sources. */
    private List<String> publicPages() {
        browser.get(url("/search?q=Heyit&lang=en"));
        String person = browser.findElement(By.cssSelector(".results a")).getAttribute("href");
        browser.get(person);
        String source = browser.findElement(By.cssSelector("a.source-link")).getAttribute("href");
        return List.of(
                url("/"),
                url("/search?q=Heyit"),
                person,
                source,
                url("/status-rules"),
                url("/statistics"),
                url("/proof-of-life"),
                url("/report"),
                url("/report/status"));
    }

    private static String withLanguage(String page, String language) {
        return page + (page.contains("?") ? "&" : "?") + "lang=" + language;
    }

    @Test
    void everyPublicPageIsInTheChosenLanguageAndDirection() {
        List<String> pages = publicPages();
        for (String language : List.of("ug", "tr", "zh")) {
            Language expected = Language.valueOf(language);
            for (String page : pages) {
                browser.get(withLanguage(page, language));
                WebElement html = browser.findElement(By.tagName("html"));
                assertThat(html.getAttribute("lang")).as(page).isEqualTo(expected.tag());
                assertThat(html.getAttribute("dir")).as(page).isEqualTo(expected.dir());
                // The brand comes first in reading order: at the right in Uyghur, at the left otherwise.
                int brand = browser.findElement(By.cssSelector("header.site .brand"))
                        .getRect()
                        .getX();
                int nav = browser.findElement(By.cssSelector("header.site nav"))
                        .getRect()
                        .getX();
                assertThat(expected.dir().equals("rtl") ? brand > nav : brand < nav)
                        .as("navigation side of %s in %s", page, language)
                        .isTrue();
            }
        }
    }

    @Test
    void noPublicPageScrollsSidewaysOnAPhone() {
        List<String> pages = publicPages();
        browser.manage().window().setSize(new Dimension(390, 844));
        List<String> wide = new ArrayList<>();
        for (String language : List.of("en", "ug", "tr", "zh")) {
            for (String page : pages) {
                browser.get(withLanguage(page, language));
                long overflow = PageChecks.overflow(browser);
                if (overflow > 0) {
                    wide.add(language + " " + page + ": " + overflow + " px too wide");
                }
            }
        }
        assertThat(wide).isEmpty();
    }

    @Test
    void publicPagesPassAxeInEnglishAndUyghur() {
        Set<String> violations = new LinkedHashSet<>();
        for (String language : List.of("en", "ug")) {
            for (String page : publicPages()) {
                browser.get(withLanguage(page, language));
                PageChecks.accessibilityViolations(browser)
                        .forEach(v -> violations.add(language + " " + page + " " + v));
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The rules behind every status are readable by anyone, signed in or not, in the frame of the reader's language. */
    @Test
    void anyoneCanReadTheStatusRules() {
        browser.manage().deleteAllCookies();
        browser.get(url("/persons/CB-000001?lang=ug"));
        clickToNextPage(browser.findElement(By.cssSelector("a[href='/status-rules']")));
        assertThat(browser.getCurrentUrl()).endsWith("/status-rules");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("شەخسنىڭ ھالىتى قانداق چىقىرىلىدۇ");
        WebElement rules = browser.findElement(By.cssSelector("div.rules"));
        assertThat(rules.getAttribute("lang")).isEqualTo("en");
        assertThat(rules.findElement(By.id("r1")).getText()).isEqualTo("R1 — Which claims bear on status");
        assertThat(rules.findElements(By.cssSelector("table tr"))).hasSizeGreaterThan(5);

        // The status links to the very rule that decided it.
        browser.get(url("/persons/CB-000001"));
        clickToNextPage(browser.findElement(By.cssSelector("#status-rule a")));
        assertThat(browser.getCurrentUrl()).endsWith("/status-rules#r3");
        assertThat(browser.findElement(By.id("r3")).getText()).startsWith("R3 — A death report");
    }

    /** The check must be able to fail: a picture without a text alternative is a WCAG violation axe-core names. */
    @Test
    void axeFindsAViolationPutIntoAPage() {
        browser.get(url("/?lang=ug"));
        ((JavascriptExecutor) browser)
                .executeScript(
                        "var i = document.createElement('img'); i.src = '/x.png'; document.querySelector('main').appendChild(i);");
        assertThat(PageChecks.accessibilityViolations(browser)).anyMatch(v -> v.startsWith("image-alt: "));
    }

    @Test
    void aRelativeReportsInUyghurAndIsToldWhatToFixInUyghur() {
        browser.get(url("/report?lang=ug"));
        awaitProofOfWork();
        clickToNextPage(browser.findElement(By.cssSelector("#report-form button[type=submit]")));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(summary.getText())
                .contains("يوقاپ كەتكەن ئادەمنىڭ كەم دېگەندە بىر ئىسمىنى")
                .doesNotContain("names:");
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("focus moves to the error summary")
                .isEqualTo("error-summary");
        summary.findElement(By.cssSelector("a[href='#name1']")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("name1");

        browser.findElement(By.id("name1")).sendKeys("گۈلنىسا ئۇيغۇرچەقىزى");
        awaitProofOfWork();
        clickToNextPage(browser.findElement(By.cssSelector("#report-form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("تالون نومۇرىڭىز");
        assertThat(browser.findElement(By.id("receipt-code")).getText()).matches("[A-Z2-9-]{19}");
    }

    @Test
    void theFocusRingStandsOutFromThePage() {
        browser.get(url("/login"));
        assertThat(browser.switchTo().activeElement().getAttribute("id"))
                .as("sign-in starts in its first field")
                .isEqualTo("username");
        JavascriptExecutor js = browser;
        String ring = (String) js.executeScript("return getComputedStyle(document.activeElement).outlineColor;");
        String page = (String) js.executeScript("return getComputedStyle(document.body).backgroundColor;");
        String width = (String) js.executeScript("return getComputedStyle(document.activeElement).outlineWidth;");
        assertThat(Contrast.ratio(ring, page)).isGreaterThanOrEqualTo(3.0);
        assertThat(width).isEqualTo("3px");
    }
}
