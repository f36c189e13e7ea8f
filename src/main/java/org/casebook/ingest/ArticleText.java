package org.casebook.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's text with what can be found of its title, publisher and date: from an HTML page, the article body
 * without navigation, share buttons and scripts; from plain text, the first line as title and a dateline such as
 * "Published 13.02.2019 00:21".
 */
record ArticleText(String text, String title, String publisher, LocalDate publishedOn) {
    private static final String CLUTTER =
            "nav, header, footer, aside, script, style, noscript, form, button, iframe, svg, "
                    + "figure figcaption, [role=navigation], [aria-hidden=true], [class*=share], [class*=social], [class*=related], "
                    + "[class*=newsletter], [class*=advert], [id*=share], [id*=comments], [class*=comments]";
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\s*(?:Published|Date|Updated)?:?\\s*"
            + "(\\d{1,2})[./](\\d{1,2})[./](\\d{4})|(?m)^\\s*(?:Published|Date):?\\s*(\\d{4}-\\d{2}-\\d{2})");

    public static ArticleText fromHtml(String html) {
        Document page = Jsoup.parse(html);
        String title = meta(page, "og:title")
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text))
                .orElse(page.title());
        String publisher = meta(page, "og:site_name").orElse(null);
        LocalDate date = meta(page, "article:published_time")
                .or(() ->
                        Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
                .flatMap(ArticleText::isoDate)
                .orElse(null);
        Element body = Optional.ofNullable(page.selectFirst("article"))
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .orElse(page.body());
        body.select(CLUTTER).remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element block : body.select("h1, h2, h3, p, li, blockquote")) {
            String text = block.text().strip();
            if (!text.isEmpty() && block.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
                paragraphs.add(text);
            }
        }
        String text = paragraphs.isEmpty() ? body.text() : String.join("\n\n", paragraphs);
        return new ArticleText(text, blankToNull(title), publisher, date);
    }

    public static ArticleText fromPlainText(String text) {
        String title = text.strip().lines().findFirst().orElse(null);
        LocalDate date = null;
        Matcher m = DATELINE.matcher(text.length() > 2000 ? text.substring(0, 2000) : text);
        if (m.find()) {
            try {
                date = m.group(4) != null
                        ? LocalDate.parse(m.group(4))
                        : LocalDate.of(
                                Integer.parseInt(m.group(3)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(1)));
            } catch (RuntimeException notADate) {
                date = null;
            }
        }
        return new ArticleText(text, blankToNull(title), null, date);
    }

    private static Optional<String> meta(Document page, String property) {
        return Optional.ofNullable(page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]"))
                .map(e -> e.attr("content"))
                .filter(s -> !s.isBlank());
    }

    private static Optional<LocalDate> isoDate(String value) {
        try {
            return Optional.of(LocalDate.parse(
                    value.length() >= 10 ? value.substring(0, 10) : value, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
