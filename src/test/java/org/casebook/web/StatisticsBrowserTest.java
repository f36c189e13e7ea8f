package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casebook.access.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The statistics page draws its charts from its tables; the estimates page computes, refuses and saves. */
class StatisticsBrowserTest extends BrowserTestSupport {
    @Test
    void everyTableIsDrawnAsAChartWithTheTableStillThere() {
        browser.manage().window().setSize(new Dimension(1280, 1600));
        browser.get(url("/statistics"));
        List<WebElement> tables = browser.findElements(By.cssSelector("table[data-chart]"));
        assertThat(tables).hasSizeGreaterThanOrEqualTo(9);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(b -> b.findElements(By.cssSelector(".chart.drawn")).size() == tables.size());
        Object drawn = browser.executeScript("return Array.from(document.querySelectorAll('canvas'))"
                + ".filter(c => Chart.getChart(c) && c.width > 0).length");
        assertThat(((Number) drawn).intValue()).isEqualTo(tables.size());
        assertThat(browser.findElement(By.cssSelector("#status table")).isDisplayed())
                .isTrue();
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/statistics?lang=ug"));
        assertThat(PageChecks.overflow(browser)).isZero();
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @Test
    void anAnalystEstimatesFromAPastedTableSeesRefusalsAndSavesARecord() throws Exception {
        signIn(Role.contributor);
        browser.get(url("/app/estimates"));
        WebElement table = browser.findElement(By.id("table"));
        table.sendKeys("A,B,count\n1,0,4\n0,1,3\n1,1,0");
        setValue("bootstrap", "0");
        clickToNextPage(browser.findElement(By.cssSelector("form.estimate-form button[type=submit]")));
        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("No model gives an estimate");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");

        browser.findElement(By.id("table")).clear();
        browser.findElement(By.id("table"))
                .sendKeys(Files.readString(Path.of("../shared/testdata/mse/korea_palembang_3list.csv")));
        setValue("bootstrap", "200");
        clickToNextPage(browser.findElement(By.cssSelector("form.estimate-form button[type=submit]")));
        assertThat(browser.findElement(By.id("observed")).getText()).isEqualTo("123");
        assertThat(browser.findElement(By.id("model")).getText()).isEqualTo("b:c + c:d");
        assertThat(browser.findElement(By.id("interval")).getText()).matches("\\d+ – \\d+");
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();

        setValue("title", "Palembang, three lists");
        clickToNextPage(browser.findElement(By.cssSelector("button[name=save]")));
        awaitUrl(".*/app/estimates/\\d+$");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Palembang, three lists");
        assertThat(browser.findElement(By.id("observed")).getText()).isEqualTo("123");
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();
    }

    private static void setValue(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
