package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A sentence as HTML: its words escaped, each text value escaped and isolated wherever it stands. */
class TextsIsolatingTest {
    @AfterEach
    void forgetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyTextValueIsEscapedAndIsolatedAndNumbersStayNumbers() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Texts.isolating(
                        "cite.text",
                        "name",
                        "Abdurehim <b>\"Heyit\"</b> & 'co'",
                        "id",
                        "CB-000001",
                        "version",
                        12345,
                        "date",
                        "\uE0000\uE001 2019"))
                .isEqualTo(
                        "Casebook, <bdi dir=\"auto\">Abdurehim &lt;b&gt;&quot;Heyit&quot;&lt;/b&gt; &amp; &#39;co&#39;"
                                + "</bdi> (<bdi dir=\"auto\">CB-000001</bdi>), version 12,345, last updated"
                                + " <bdi dir=\"auto\">0 2019</bdi>.");
        assertThat(Texts.isolating("cite.text", "name", "", "id", "x", "version", 1, "date", "d"))
                .isEqualTo("Casebook, <bdi dir=\"auto\"></bdi> (<bdi dir=\"auto\">x</bdi>), version 1, last updated"
                        + " <bdi dir=\"auto\">d</bdi>.");
    }

    @Test
    void wordsAloneAreEscapedOnce() {
        assertThat(Texts.escape("plain words")).isSameAs("plain words");
        assertThat(Texts.escape("a<b & \"c\" 'd'>")).isEqualTo("a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
        assertThat(Texts.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
