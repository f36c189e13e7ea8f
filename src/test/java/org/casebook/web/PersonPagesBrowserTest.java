package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The documenters' core flows in a real browser, with JavaScript on (htmx) as most people use them. */
class PersonPagesBrowserTest extends BrowserTestSupport {
    @BeforeEach
    void signedInAsEditor() {
        signIn(Role.editor);
    }

    @Test
    void heyitPageShowsContestedWithBothClaimsAndTheirSources() throws IOException {
        browser.get(url("/app/persons?q=Heyit"));
        browser.findElement(By.linkText("Abdurehim Heyit")).click();

        assertThat(browser.findElement(By.cssSelector("#status-title .status")).getText())
                .isEqualTo("contested");
        String explanation = browser.findElement(By.id("status-explanation")).getText();
        assertThat(explanation).contains("Turkey").contains("China Radio International");

        List<WebElement> basis = browser.findElements(By.cssSelector(".timeline .claim.basis"));
        assertThat(basis)
                .extracting(c -> c.findElement(By.cssSelector(".claim-type")).getText())
                .contains("died", "alive");
        for (WebElement claim : basis) {
            assertThat(claim.findElement(By.cssSelector("a.source-link")).getAttribute("href"))
                    .contains("/app/sources/");
        }
        screenshot("heyit");

        clickToNextPage(basis.getFirst().findElement(By.cssSelector("a.source-link")));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("China rejects mass detention of Muslims in Xinjiang");
        assertThat(browser.findElements(By.cssSelector(".timeline .claim"))).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aPersonIsCreatedThroughTheForm() throws IOException {
        browser.get(url("/app/persons/new"));
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains("at least one name");

        browser.findElement(By.id("names[0].text")).sendKeys("Gulbahar Testjan");
        browser.findElement(By.id("names[1].text")).sendKeys("گۈلباھار تېستجان");
        new Select(browser.findElement(By.id("gender"))).selectByValue("female");
        browser.findElement(By.id("birthYearFrom")).sendKeys("1970");
        browser.findElement(By.id("birthYearTo")).sendKeys("1979");
        browser.findElement(By.cssSelector("main button[type=submit]")).click();

        awaitUrl(".*/app/persons/CB-\\d{6,}$");
        assertThat(browser.getCurrentUrl()).matches(".*/app/persons/CB-\\d{6,}$");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Gulbahar Testjan");
        assertThat(browser.findElement(By.cssSelector("#status-title .status")).getText())
                .isEqualTo("unknown");
        String names = browser.findElement(By.cssSelector("section[aria-labelledby=names-title]"))
                .getText();
        assertThat(names).contains("Latin").contains("Arabic").contains("گۈلباھار تېستجان");
        assertThat(browser.findElement(By.cssSelector("dl.details")).getText()).contains("1970–1979");
        screenshot("created");

        browser.get(url("/app/persons?q=" + URLEncoder.encode("تېستجان", StandardCharsets.UTF_8)));
        assertThat(browser.findElement(By.id("results")).getText()).contains("Gulbahar Testjan");
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
