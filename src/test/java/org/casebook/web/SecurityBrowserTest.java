package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

class SecurityBrowserTest extends BrowserTestSupport {

    @Test
    void anEditorSignsInWithTheSecondFactorAfterAWrongCode() {
        TestAccounts.TestAccount editor = TestAccounts.create(accounts, Role.editor);
        browser.manage().deleteAllCookies();
        browser.get(url("/app/persons"));
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
        browser.findElement(By.id("username")).sendKeys(editor.username());
        browser.findElement(By.id("password")).sendKeys(editor.password());
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();

        awaitUrl(".*/login/code$");
        assertThat(browser.getCurrentUrl()).endsWith("/login/code");
        browser.findElement(By.id("code")).sendKeys("123456");
        browser.findElement(By.cssSelector("form[action='/login/code'] button")).click();
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("not right");

        browser.findElement(By.id("code")).sendKeys(editor.nextCode());
        browser.findElement(By.cssSelector("form[action='/login/code'] button")).click();
        awaitUrl(".*/app/persons$");
        assertThat(browser.getCurrentUrl()).endsWith("/app/persons");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains(editor.username());
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() {
        signIn(Role.editor);
        browser.get(url("/app/sources/new"));
        // The page's own session cookie goes along, as it would with a forged cross-site form; the token does not.
        Object status = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/app/sources/new', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                      body: 'kind=other&title=Forged&party=unknown&reliability=F', redirect: 'manual'})
                    .then(function (r) { done(r.status); });""");
        assertThat(((Number) status).intValue()).isEqualTo(403);
        Object withToken = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var token = document.querySelector('input[name=_csrf]').value;
                fetch('/app/sources/new', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                      body: 'kind=other&title=Genuine&party=unknown&reliability=F&_csrf=' + encodeURIComponent(token),
                      redirect: 'manual'})
                    .then(function (r) { done(r.type === 'opaqueredirect' ? 302 : r.status); });""");
        assertThat(((Number) withToken).intValue()).isEqualTo(302);
    }

    @Test
    void aRelativeReportsAMissingPersonAndFollowsTheReportWithTheReceiptCode() {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        browser.findElement(By.linkText("Report a missing person")).click();
        browser.findElement(By.id("name1")).sendKeys("ئابدۇرېھىم تېستوپ");
        browser.findElement(By.id("name2")).sendKeys("Abdurehim Testop");
        browser.findElement(By.id("lastContactOn")).sendKeys("2018-03-01");
        browser.findElement(By.id("account")).sendKeys("He was taken from his shop.");
        browser.findElement(By.id("relation")).sendKeys("daughter");
        browser.findElement(By.cssSelector("input[name=consent][value=publish_anonymously]"))
                .click();
        // The page's script solves the proof of work before the form is sent.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.findElement(By.cssSelector("input[name=nonce]"))
                        .getAttribute("value")
                        .isEmpty());
        browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();

        String code = browser.findElement(By.id("receipt-code")).getText();
        assertThat(code).matches(Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        browser.findElement(By.linkText("Follow a report")).click();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        assertThat(browser.findElement(By.id("report-state")).getText()).isEqualTo("received");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("taken from his shop");

        browser.findElement(By.id("addition")).sendKeys("A neighbour saw him in March.");
        clickToNextPage(browser.findElement(By.cssSelector("main button[type=submit]")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("with the report now");
    }
}
