package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.casebook.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The facility map draws the published facilities with Leaflet served by Casebook, a filter changes the markers, the
 * page is a sortable table without JavaScript, and nothing on it breaks the content security policy.
 */
class FacilityMapBrowserTest extends BrowserTestSupport {
    private Object watcher;

    @BeforeEach
    void watchPolicyViolations() {
        // Registered before any page script runs, so that every violation of the page is counted.
        watcher = browser.executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of(
                                "source",
                                "window.cspViolations = [];document.addEventListener('securitypolicyviolation',"
                                        + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"))
                .get("identifier");
    }

    @AfterEach
    void stopWatching() {
        browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", watcher));
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    private int drawn() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(b -> b.findElement(By.id("facility-map")).getAttribute("data-drawn") != null);
        return Integer.parseInt(browser.findElement(By.id("facility-map")).getAttribute("data-drawn"));
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) browser.executeScript("return window.cspViolations || ['no watcher']");
    }

    @Test
    void markersAppearAndAFilterChangesThem() {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.get(url("/facilities"));
        int all = drawn();
        assertThat(all).isGreaterThanOrEqualTo(5);
        long shapes = browser.findElements(By.cssSelector("#facility-map path.facility-marker"))
                        .size()
                + browser.findElements(By.cssSelector("#facility-map .facility-cluster"))
                        .size();
        assertThat(shapes).isPositive();
        assertThat(browser.findElement(By.cssSelector("#facility-map")).isDisplayed())
                .isTrue();

        new Select(browser.findElement(By.id("status"))).selectByValue("contested");
        clickToNextPage(browser.findElement(By.cssSelector("form.filters button[type=submit]")));
        assertThat(drawn()).isEqualTo(1);
        List<WebElement> markers = browser.findElements(By.cssSelector("#facility-map path.facility-marker"));
        assertThat(markers).hasSize(1);
        assertThat(markers.getFirst().getAttribute("class")).contains("status-contested");
        markers.getFirst().click();
        // The popup fades in: read it once it shows.
        WebElement popup = new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> {
            List<WebElement> links = b.findElements(By.cssSelector(".leaflet-popup-content a"));
            return links.isEmpty() || links.getFirst().getText().isEmpty() ? null : links.getFirst();
        });
        assertThat(popup.getText()).isEqualTo("Synthetic Yengi Bagh Training Centre");
        assertThat(popup.getAttribute("href")).contains("/facilities/CBF-");
        assertThat(violations()).isEmpty();
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/facilities?lang=ug"));
        assertThat(drawn()).isEqualTo(all);
        assertThat(PageChecks.overflow(browser)).isZero();
        assertThat(violations()).isEmpty();
        browser.manage().window().setSize(new Dimension(1280, 1400));
    }

    @Test
    void withoutJavaScriptTheMapIsASortableTable() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.get(url("/facilities"));
        assertThat(browser.findElement(By.id("facility-map")).isDisplayed()).isFalse();
        clickToNextPage(browser.findElement(By.linkText("Name")));
        List<String> names = browser.findElements(By.cssSelector("table.facilities tbody tr td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(5).isSorted();
        clickToNextPage(browser.findElement(By.linkText("Tier")));
        List<String> tiers = browser.findElements(By.cssSelector("table.facilities tbody tr td:nth-child(4)")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(tiers.getFirst()).isEqualTo("1");
        assertThat(tiers.getLast()).isEqualTo("—");
    }

    @Test
    void documentersSeeEveryFacilityOnTheirMap() {
        signIn(Role.viewer);
        browser.get(url("/app/facilities"));
        assertThat(drawn()).isGreaterThanOrEqualTo(5);
        assertThat(violations()).isEmpty();
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();
    }
}
