package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A relative fills in the fuller report form in a real browser, with a photo, and gets a receipt. */
class ReportFormBrowserTest extends BrowserTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRelativeSendsTheFullerFormWithAPhoto() throws Exception {
        Path photo = Files.createTempFile("photo-of-my-brother", ".jpg");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 40, 30);
        g.dispose();
        ImageIO.write(image, "jpg", photo.toFile());

        browser.manage().deleteAllCookies();
        browser.get(url("/report?lang=en"));
        assertThat(browser.findElement(By.id("safety-title")).getText()).isEqualTo("Before you write: your safety");
        browser.findElement(By.id("name1")).sendKeys("Tursun Brausertest");
        browser.findElement(By.id("birthYearOrAge")).sendKeys("1984");
        new Select(browser.findElement(By.id("gender"))).selectByValue("male");
        browser.findElement(By.id("hometown")).sendKeys("Ghulja");
        browser.findElement(By.id("occupation")).sendKeys("driver");
        browser.findElement(By.id("takenPlace")).sendKeys("at home");
        browser.findElement(By.id("heldPlace")).sendKeys("unknown camp near Ghulja");
        browser.findElement(By.id("lastContactOn")).sendKeys("2018-04-02");
        browser.findElement(By.id("files")).sendKeys(photo.toString());
        awaitProofOfWork();
        clickToNextPage(browser.findElement(By.cssSelector("#report-form button[type=submit]")));

        assertThat(browser.findElement(By.id("receipt-code")).getText()).matches("[A-Z2-9-]{19}");
        long report = jdbc.sql("select id from report where 'Tursun Brausertest' = any(names)")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select occupation || ' | ' || held_place || ' | ' || birth_year_or_age from report"
                                + " where id = :id")
                        .param("id", report)
                        .query(String.class)
                        .single())
                .isEqualTo("driver | unknown camp near Ghulja | 1984");
        assertThat(jdbc.sql("select media_type from report_file where report_id = :id")
                        .param("id", report)
                        .query(String.class)
                        .list())
                .containsExactly("image/jpeg");
    }
}
