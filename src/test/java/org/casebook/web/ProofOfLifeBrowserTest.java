package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.prooflife.TestRequests;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** In a real browser: a relative asks for proof of life in the report form; an editor works the checklist and looks at the filmstrip. */
class ProofOfLifeBrowserTest extends BrowserTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRelativeAsksForProofOfLifeThroughTheReportForm() {
        browser.manage().deleteAllCookies();
        browser.get(url("/report?lang=en"));
        browser.findElement(By.id("name1")).sendKeys("Nurgul Proofbrowser");
        browser.findElement(By.id("asksProofOfLife")).click();
        browser.findElement(By.id("proofOfLifeConsent")).click();
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();
        awaitProofOfWork();
        clickToNextPage(browser.findElement(By.cssSelector("#report-form button[type=submit]")));
        assertThat(browser.findElement(By.id("receipt-code")).getText()).matches("[A-Z2-9-]{19}");
        assertThat(jdbc.sql("select asks_proof_of_life and life_request_consent from report"
                                + " where 'Nurgul Proofbrowser' = any(names)")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anEditorWorksTheChecklistAndSeesTheFilmstrip() throws Exception {
        TestAccounts.TestAccount editor = signIn(Role.editor);
        HttpApi api = new HttpApi(port, editor.token());
        long source = TestRequests.stateMediaSource(api);
        Path video = Files.createTempFile("answer", ".mp4");
        SequenceEncoder encoder = SequenceEncoder.createSequenceEncoder(video.toFile(), 10);
        for (int frame = 0; frame < 30; frame++) {
            Picture picture = Picture.create(160, 120, ColorSpace.RGB);
            byte[] rgb = picture.getPlaneData(0);
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] = (byte) ((i / 3 % 160 + frame * 5) % 200 - 100);
            }
            encoder.encodeNativeFrame(picture);
        }
        encoder.finish();
        api.postBytes(
                "/api/v1/evidence?sourceId=" + source + "&filename=answer.mp4",
                "application/octet-stream",
                Files.readAllBytes(video));
        Map<String, Object> request = TestRequests.answered(TestRequests.person(api, "Checklist"), source);
        long id = api.post("/api/v1/life-requests", request).json().get("id").asLong();

        browser.get(url("/app/life-requests/" + id + "/assessment?lang=en"));
        browser.findElement(By.id("finding-provenance")).sendKeys("First upload found on the broadcaster's site.");
        clickToNextPage(browser.findElement(By.cssSelector("#step-provenance button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("#step-provenance .finding"))
                        .getText())
                .contains("First upload found");
        assertThat(browser.findElements(By.cssSelector(".filmstrip img"))).isNotEmpty();
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();

        browser.get(url("/app/life-requests/" + id + "/footage?lang=en"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> (Boolean) ((JavascriptExecutor) b)
                .executeScript(
                        "return Array.from(document.querySelectorAll('.filmstrip img'))" + ".every(i => i.complete);"));
        List<?> loaded = (List<?>)
                browser.executeScript(
                        "return Array.from(document.querySelectorAll('.filmstrip img')).map(i => i.complete && i.naturalWidth);");
        assertThat(loaded)
                .isNotEmpty()
                .allSatisfy(width -> assertThat(((Number) width).intValue()).isEqualTo(160));
        assertThat(PageChecks.accessibilityViolations(browser)).isEmpty();
    }
}
