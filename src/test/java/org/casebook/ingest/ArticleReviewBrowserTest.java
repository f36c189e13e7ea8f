package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casebook.access.Role;
import org.casebook.web.BrowserTestSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review flow: paste the seed article, accept the proposal that Turkey reported Heyit dead in custody, and find
 * it on Heyit's timeline with the article as its source; reading the article again does not offer it twice. And an
 * HTML page uploaded as a file is read without its navigation, with its title, publisher and date.
 */
class ArticleReviewBrowserTest extends BrowserTestSupport {
    static final Path SEED = Path.of("../shared/corpus/seed-article-2019-02-13-china-rejects-mass-detention.txt");

    @Test
    void anEditorAcceptsAProposedClaimAndSeesItOnThePersonsTimeline() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(SEED), "the seed article is read from ../shared");
        signIn(Role.editor);
        browser.get(url("/app/ingest"));
        WebElement text = browser.findElement(By.id("text"));
        browser.executeScript("arguments[0].value = arguments[1];", text, Files.readString(SEED));
        browser.findElement(By.id("title")).sendKeys("China rejects mass detention of Muslims in Xinjiang (test)");
        browser.findElement(By.id("publisher")).sendKeys("the article");
        browser.executeScript("arguments[0].value = '2019-02-13';", browser.findElement(By.id("publishedOn")));
        browser.findElement(By.id("read-article")).click();

        new WebDriverWait(browser, Duration.ofSeconds(180))
                .until(d -> d.getCurrentUrl().matches(".*/app/ingest/\\d+$"));
        awaitReview();
        String articleUrl = browser.getCurrentUrl();
        WebElement proposal = browser.findElements(By.cssSelector(".claim-proposal")).stream()
                .filter(p -> p.getText().contains("Abdurehim Heyit: died")
                        && p.getText().contains("Turkey"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        browser.findElement(By.tagName("main")).getText()));
        String id = proposal.getAttribute("id");
        // Heyit is already documented: the proposal comes with his record chosen.
        assertThat(proposal.findElement(By.name("personId")).getAttribute("value"))
                .isEqualTo("CB-000001");
        int number = Integer.parseInt(id.substring("claim-".length())) + 1;
        assertThat(browser.findElements(By.cssSelector(".article-body mark")))
                .anySatisfy(mark -> assertThat(mark.getText())
                        .contains("Turkey cited reports of his death in custody")
                        .contains("[" + number + "]"));
        clickToNextPage(proposal.findElement(By.cssSelector("button.accept-claim")));

        WebElement accepted = browser.findElement(By.id(id));
        assertThat(accepted.getText()).contains("accepted by");
        clickToNextPage(accepted.findElement(By.cssSelector(".decision a")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Proposed by the extractor from article")
                .contains("Turkey");

        browser.get(url("/app/persons/CB-000001"));
        WebElement onTimeline = browser.findElements(By.cssSelector(".timeline .claim")).stream()
                .filter(c -> c.getText().contains("Turkey")
                        && c.getText().contains("China rejects mass detention of Muslims in Xinjiang (test)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        browser.findElement(By.tagName("main")).getText()));
        assertThat(onTimeline.findElement(By.cssSelector(".claim-type")).getText())
                .isEqualTo("died");

        browser.get(articleUrl);
        WebElement before = browser.findElement(By.tagName("main"));
        browser.findElement(By.cssSelector("form[action$='/reread'] button")).click();
        // Same address before and after: wait for the old page to go, not for the address.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(before));
        awaitReview();
        assertThat(browser.getCurrentUrl()).isEqualTo(articleUrl);
        assertThat(browser.findElement(By.id(id)).findElements(By.cssSelector("button.accept-claim")))
                .isEmpty();
    }

    /**
     * The article is read in the background: its page shows the reading (a status region htmx polls) and reloads
     * into the review when the proposals are there.
     */
    private void awaitReview() {
        // The reading page replaces itself when the reading ends; a query that meets the page mid-swap fails in
        // Chrome with "node does not belong to the document", which only means: look again.
        new WebDriverWait(browser, Duration.ofSeconds(180))
                .ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.cssSelector(".article-body")).isEmpty());
    }

    @Test
    void anUploadedHtmlPageIsReadWithoutItsNavigationAndWithItsTitlePublisherAndDate() throws Exception {
        Path page = Files.createTempFile("article", ".html");
        Files.writeString(page, """
                <!doctype html><html><head><title>Poet held in Urumqi | Example News</title>
                <meta property="og:title" content="Poet's daughter says he is held in Urumqi">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2019-03-04T10:00:00Z"></head>
                <body><nav><a href="/">Home page</a> <a href="/world">World section</a></nav>
                <div class="share"><button>Share on Facebook</button></div>
                <article><h1>Poet's daughter says he is held in Urumqi</h1>
                <p>Nurmemet Tursun, a poet, was detained in Kashgar in 2017, his daughter Aygul Nurmemet said on Monday.</p>
                <p>Chinese officials denied that Tursun had been detained.</p></article>
                <footer>Copyright Example News</footer></body></html>""");
        signIn(Role.editor);
        browser.get(url("/app/ingest"));
        browser.findElement(By.id("file")).sendKeys(page.toAbsolutePath().toString());
        browser.findElement(By.id("read-article")).click();

        new WebDriverWait(browser, Duration.ofSeconds(180))
                .until(d -> d.getCurrentUrl().matches(".*/app/ingest/\\d+$"));
        awaitReview();
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .contains("Poet's daughter says he is held in Urumqi");
        String body = browser.findElement(By.cssSelector(".article-body")).getText();
        assertThat(body)
                .contains("Nurmemet Tursun, a poet, was detained in Kashgar")
                .doesNotContain("Share on Facebook")
                .doesNotContain("Home page")
                .doesNotContain("Copyright");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Nurmemet Tursun");

        clickToNextPage(browser.findElement(By.linkText("its source")));
        String source = browser.findElement(By.tagName("main")).getText();
        // The date as the reader's language writes it (English here), never an ambiguous 03/04.
        assertThat(source).contains("Example News").contains("Mar 4, 2019");
    }
}
