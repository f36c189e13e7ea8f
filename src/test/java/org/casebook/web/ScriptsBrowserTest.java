package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * A person with names in three scripts, as the public search lists them: each name isolated so the list keeps
 * its order in both directions, and the Chinese name drawn in Casebook's own font on a machine without one.
 */
class ScriptsBrowserTest extends BrowserTestSupport {
    private static final String UYGHUR = "مىھرىگۈل تۇرسۇنوۋا";
    private static final String LATIN = "Mihrigul Tursunova";
    private static final String CHINESE = "米日古丽·吐尔逊";

    private String publicId;

    @BeforeEach
    void aPublishedPersonWithNamesInThreeScripts() {
        if (publicId != null) {
            return;
        }
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        JsonNode person = editor.post(
                        "/api/v1/persons?confirmedNew=true",
                        Map.of(
                                "gender",
                                "female",
                                "names",
                                List.of(
                                        Map.of("text", UYGHUR, "kind", "primary"),
                                        Map.of("text", LATIN, "kind", "transliteration"),
                                        Map.of("text", CHINESE, "kind", "transliteration"))))
                .json();
        publicId = person.get("publicId").asString();
        assertThat(editor.put(
                                "/api/v1/persons/" + publicId + "/publication",
                                Map.of("state", "published", "version", 1))
                        .status())
                .isEqualTo(200);
        for (JsonNode name : person.get("names")) {
            assertThat(editor.put(
                                    "/api/v1/persons/" + publicId + "/names/"
                                            + name.get("id").asLong() + "/publication",
                                    Map.of("state", "published", "version", 1))
                            .status())
                    .isEqualTo(200);
        }
    }

    /** The three names of the search result, by their place on the screen from the left. */
    private List<String> namesFromTheLeft(String language) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            d.get(url("/search?q=" + HttpApi.encode(LATIN) + "&lang=" + language));
            return !d.findElements(ourNames()).isEmpty();
        });
        List<WebElement> names = browser.findElements(ourNames());
        assertThat(names).hasSize(3);
        return names.stream()
                .sorted((a, b) ->
                        Integer.compare(a.getRect().getX(), b.getRect().getX()))
                .map(WebElement::getText)
                .toList();
    }

    /** The names of this test's person in the results (a fuzzy search finds others too). */
    private By ourNames() {
        return By.xpath(
                "//ul[@class='results']/li[a[contains(@href, '/" + publicId + "')]]/span[@class='other-names']/bdi");
    }

    @Test
    void aMixedListKeepsItsOrderInBothDirections() {
        // Left to right the list reads from the left; right to left from the right; a Uyghur name first changes
        // neither.
        assertThat(namesFromTheLeft("en")).containsExactly(UYGHUR, LATIN, CHINESE);
        assertThat(namesFromTheLeft("tr")).containsExactly(UYGHUR, LATIN, CHINESE);
        assertThat(namesFromTheLeft("ug")).containsExactly(CHINESE, LATIN, UYGHUR);
        List<WebElement> names = browser.findElements(ourNames());
        assertThat(names).extracting(n -> n.getAttribute("lang")).containsExactly("und-Arab", "und-Latn", "zh-Hans");
    }

    @Test
    void chineseNamesAreDrawnWithCasebooksFontNotEmptyBoxes() {
        browser.get(url("/persons/" + publicId + "?lang=zh"));
        JavascriptExecutor js = browser;
        Object status = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(function () { done(Array.from(document.fonts)"
                + ".filter(function (f) { return f.family.indexOf('Casebook Han') >= 0; })"
                + ".map(function (f) { return f.status; }).join()); });");
        assertThat(status).isEqualTo("loaded");
        // Two different characters drawn in the font: empty boxes would be the same picture twice.
        Object different = js.executeScript("function draw(c) { var k = document.createElement('canvas'); k.width = 40;"
                + " k.height = 40; var g = k.getContext('2d'); g.font = '32px \"Casebook Han\"'; g.fillText(c, 2, 34);"
                + " return k.toDataURL(); } return draw('米') !== draw('吐') && draw('米') !== draw('\\uFFFF');");
        assertThat(different).isEqualTo(true);
    }
}
