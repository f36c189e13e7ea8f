package org.casebook.evidence;

import org.casebook.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A documenter attaches a file to a claim through the page and sees its hash and chain of custody. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceUploadBrowserTest {
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFileIsAttachedToAClaimAndItsCustodyShown() throws Exception {
        Path file = Files.createTempFile("testimony-notes", ".txt");
        Files.writeString(file, "Notes taken while listening to a relative, " + System.nanoTime());
        browser.get("http://localhost:" + port + "/app/claims/2");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[action='/app/evidence'] button")).click();

        assertThat(browser.getCurrentUrl()).matches(".*/app/evidence/[0-9a-f]{64}$");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("text/plain").contains("register").contains(file.getFileName().toString());

        browser.get("http://localhost:" + port + "/app/claims/2");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Evidence files (1)");
    }
}
