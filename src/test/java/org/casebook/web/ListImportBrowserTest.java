package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.casebook.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor imports a list through the pages on a phone: upload, columns, dry run, the progress that htmx refreshes,
 * the outcomes, and the undo that asks first; every page fits 390 px and passes axe.
 */
class ListImportBrowserTest extends BrowserTestSupport {
    @AfterEach
    void wideAgain() {
        browser.manage().window().setSize(new Dimension(1280, 1600));
    }

    @Test
    void aListIsUploadedMappedImportedAndUndoneOnAPhone() throws IOException {
        signIn(Role.editor);
        browser.manage().window().setSize(new Dimension(390, 844));
        List<String> problems = new ArrayList<>();
        browser.get(url("/app/imports"));
        problems.addAll(check("upload"));

        Path list = Files.createTempFile("relatives-", ".csv");
        Files.writeString(
                list,
                "\uFEFFئىسىم,يىلى,جىنسى\nزىبىنىسا ياقۇتبېگىم,1971,ئايال\nپەرھاتبەك ئاتلانتىسوف,1965,ئەر\n",
                StandardCharsets.UTF_8);
        browser.findElement(By.id("file")).sendKeys(list.toString());
        browser.findElement(By.id("title")).sendKeys("Relatives' association list");
        new Select(browser.findElement(By.id("party"))).selectByValue("family");
        new Select(browser.findElement(By.id("claimType"))).selectByValue("no_contact");
        clickToNextPage(browser.findElement(By.cssSelector("form[action='/app/imports'] button[type=submit]")));
        assertThat(browser.getCurrentUrl())
                .as(() -> browser.findElement(By.tagName("main")).getText())
                .matches(".*/app/imports/\\d+$");
        problems.addAll(check("ready"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("زىبىنىسا ياقۇتبېگىم");

        // "يىلى" is not a header Casebook knows: the editor says it is the birth year.
        new Select(browser.findElement(By.id("column1"))).selectByValue("birth_year");
        clickToNextPage(browser.findElement(By.cssSelector("form[action$='/mapping'] button")));
        assertThat(new Select(browser.findElement(By.id("column1")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("birth_year");
        clickToNextPage(browser.findElement(By.cssSelector("form[action$='/dry-run'] button")));
        // The dry run runs in the background; htmx swaps its progress, then its result, in place.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("dry-run")).getText().contains("2 rows"));
        problems.addAll(check("dry run"));

        clickToNextPage(browser.findElement(By.cssSelector("form[action$='/start'] button")));
        // htmx swaps the progress in place while the import runs: an element read just before a swap is stale.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("progress")).getText().contains("imported —"));
        assertThat(browser.findElement(By.id("progress")).getText()).contains("new person: 2");
        browser.navigate().refresh();
        problems.addAll(check("done"));
        assertThat(browser.findElements(By.cssSelector("a[href^='/app/persons/CB-']")))
                .hasSizeGreaterThanOrEqualTo(2);

        browser.findElement(By.id("reason")).sendKeys("a test list");
        String before = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("form[action$='/undo'] button")).click();
        // Not ticked: the browser keeps the form, nothing is undone.
        assertThat(browser.getCurrentUrl()).isEqualTo(before);
        assertThat(browser.findElement(By.id("progress")).getText()).contains("imported —");
        browser.findElement(By.cssSelector("form[action$='/undo'] input[name=confirm]"))
                .click();
        clickToNextPage(browser.findElement(By.cssSelector("form[action$='/undo'] button")));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("progress")).getText().contains("undone"));
        assertThat(problems).isEmpty();
        Files.delete(list);
    }

    private List<String> check(String page) {
        return PageChecks.problems(browser, page);
    }
}
