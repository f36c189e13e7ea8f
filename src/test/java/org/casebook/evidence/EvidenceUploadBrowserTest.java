package org.casebook.evidence;

import org.casebook.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A documenter attaches a file to a claim through the page and sees its hash and chain of custody. */
class EvidenceUploadBrowserTest extends BrowserTestSupport {
    @Test
    void aFileIsAttachedToAClaimAndItsCustodyShown() throws Exception {
        Path file = Files.createTempFile("testimony-notes", ".txt");
        Files.writeString(file, "Notes taken while listening to a relative, " + System.nanoTime());
        browser.get(url("/app/claims/2"));
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[action='/app/evidence'] button")).click();

        assertThat(browser.getCurrentUrl()).matches(".*/app/evidence/[0-9a-f]{64}$");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("text/plain").contains("register").contains(file.getFileName().toString());

        browser.get(url("/app/claims/2"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Evidence files (1)");
    }
}
