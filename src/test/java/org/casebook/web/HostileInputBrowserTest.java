package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.WebSession;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A name carrying a script payload is shown as text, in the list, the page and search, and nothing runs. */
class HostileInputBrowserTest extends BrowserTestSupport {
    @Autowired
    AccountService testAccounts;

    @BeforeEach
    void signedInAsEditor() {
        signIn(Role.editor);
    }

    @Test
    void aScriptInANameIsTextAndDoesNotRun() {
        String payload = "Xss<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">Name";
        HttpApi api = TestAccounts.adminApi(testAccounts, port);
        String id = api.post(
                        "/api/v1/persons?confirmedNew=true",
                        Map.of("names", List.of(Map.of("text", payload, "kind", "primary"))))
                .json()
                .get("publicId")
                .asString();
        for (String path : List.of("/app/persons/" + id, "/app/persons?q=Xss", "/app/search?q=Xss")) {
            browser.get(url(path));
            assertThat(browser.getPageSource()).doesNotContain("<script>window.pwned");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("<script>window.pwned=1</script>");
            assertThat(browser.executeScript("return window.pwned === undefined"))
                    .as(path)
                    .isEqualTo(true);
            assertThat(browser.findElements(By.cssSelector("main img[src=x]"))).isEmpty();
        }
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        WebSession.Page page =
                TestAccounts.session(testAccounts, Role.admin, port).exactly("GET", "/app/persons", "");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        browser.get(url("/app/persons?q=Heyit"));
        // htmx still loads and works under the policy: typing filters the list without a page load.
        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("Abdurehim");
        assertThat(browser.findElement(By.id("results")).getText()).contains("Abdurehim Heyit");
        assertThat(browser.executeScript("return typeof htmx")).isEqualTo("object");
    }
}
