package org.casebook.web;

import java.io.IOException;
import java.time.Duration;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One headless Chromium per test class, against the application on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {
    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

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

    @Autowired
    protected AccountService accounts;

    /** Signs the class's browser in through the real pages: password, then the TOTP code. */
    protected TestAccounts.TestAccount signIn(Role role) {
        TestAccounts.TestAccount account = TestAccounts.create(accounts, role);
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(account.password());
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        if (role.needsSecondFactor()) {
            browser.findElement(By.id("code")).sendKeys(account.nextCode());
            browser.findElement(By.cssSelector("form[action='/login/code'] button"))
                    .click();
        }
        // Signed in only once the start page is there; a page asked for sooner would race the sign-in.
        awaitUrl(".*/app/persons$");
        return account;
    }

    /** A click that submits a form returns before the next page is there: wait for its address. */
    protected static void awaitUrl(String regex) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().matches(regex));
    }

    /**
     * Clicks something that leads to another page and waits until the page it was on is gone: reading right after
     * the click would race the load, and addresses do not tell when the next page has the same one.
     */
    protected static void clickToNextPage(WebElement target) {
        WebElement page = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> gone(page));
    }

    /**
     * Whether an element's page has been replaced. Chromium sometimes says so, mid-load, with an "unknown error"
     * ("Node … does not belong to the document") instead of a stale element: both mean the old page is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The report form's script has solved its proof of work (the nonce is filled in). */
    protected static void awaitProofOfWork() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d ->
                        !d.findElement(By.name("nonce")).getDomProperty("value").isEmpty());
    }
}
