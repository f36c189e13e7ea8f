package org.casebook.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;

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

    @org.springframework.beans.factory.annotation.Autowired
    protected org.casebook.account.AccountService accounts;

    /** Signs the class's browser in through the real pages: password, then the TOTP code. */
    protected org.casebook.TestAccounts.TestAccount signIn(org.casebook.access.Role role) {
        org.casebook.TestAccounts.TestAccount account = org.casebook.TestAccounts.create(accounts, role);
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(account.username());
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(account.password());
        browser.findElement(org.openqa.selenium.By.cssSelector("form[action='/login'] button")).click();
        if (role.needsSecondFactor()) {
            browser.findElement(org.openqa.selenium.By.id("code")).sendKeys(account.nextCode());
            browser.findElement(org.openqa.selenium.By.cssSelector("form[action='/login/code'] button")).click();
        }
        // Signed in only once the start page is there; a page asked for sooner would race the sign-in.
        awaitUrl(".*/app/persons$");
        return account;
    }

    /** A click that submits a form returns before the next page is there: wait for its address. */
    protected static void awaitUrl(String regex) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().matches(regex));
    }

    /**
     * Clicks something that leads to another page and waits until the page it was on is gone: reading right after
     * the click would race the load, and addresses do not tell when the next page has the same one.
     */
    protected static void clickToNextPage(org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
