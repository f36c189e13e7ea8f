package org.casebook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casebook.access.Role;
import org.casebook.web.BrowserTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A documenter attaches a file to a claim through the page and sees its hash and chain of custody. */
class EvidenceUploadBrowserTest extends BrowserTestSupport {
    @BeforeEach
    void signedInAsEditor() {
        signIn(Role.editor);
    }

    @Test
    void aFileIsAttachedToAClaimAndItsCustodyShown() throws Exception {
        Path file = Files.createTempFile("testimony-notes", ".txt");
        Files.writeString(file, "Notes taken while listening to a relative, " + System.nanoTime());
        browser.get(url("/app/claims/2"));
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[action='/app/evidence'] button"))
                .click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().endsWith("/app/claims/2"));
        assertThat(browser.getCurrentUrl()).as(browser.getPageSource()).matches(".*/app/evidence/[0-9a-f]{64}$");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("text/plain")
                .contains("register")
                .contains(file.getFileName().toString());

        browser.get(url("/app/claims/2"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Evidence files (1)");
    }
}
