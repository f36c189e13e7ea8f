package org.casebook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Casebook's own documents (docs/status-rules.md) as HTML, for pages that show them: the few forms those documents
 * use (headings, paragraphs, lists, tables, bold, code), everything escaped. Headings get ids ("## R3 — …" is
 * {@code id="r3"}) so a status can link to the rule that decided it. Not a general Markdown reader.
 */
public final class MarkdownPage {
    private static final Pattern RULE = Pattern.compile("^([RF]\\d+)\\b");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*]+)\\*(?![\\w*])");

    private MarkdownPage() {}

    public static String html(String markdown) {
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        List<String> table = new ArrayList<>();
        boolean inList = false;
        for (String line : (markdown + "\n").split("\n", -1)) {
            String trimmed = line.strip();
            boolean listItem = trimmed.startsWith("- ");
            boolean tableRow = trimmed.startsWith("|");
            if (!paragraph.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#") || listItem || tableRow)) {
                out.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
                paragraph.clear();
            }
            if (inList && !listItem && !(line.startsWith("  ") && !trimmed.isEmpty())) {
                out.append("</li></ul>\n");
                inList = false;
            }
            if (!table.isEmpty() && !tableRow) {
                out.append(table(table));
                table.clear();
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                int level = Math.min(6, trimmed.indexOf(' ') < 0 ? 1 : trimmed.indexOf(' '));
                String title = trimmed.substring(level).strip();
                Matcher rule = RULE.matcher(title);
                String id = rule.find() ? rule.group(1).toLowerCase(Locale.ROOT) : null;
                out.append("<h")
                        .append(level)
                        .append(id == null ? "" : " id=\"" + id + "\"")
                        .append('>');
                out.append(inline(title)).append("</h").append(level).append(">\n");
            } else if (listItem) {
                out.append(inList ? "</li><li>" : "<ul><li>").append(inline(trimmed.substring(2)));
                inList = true;
            } else if (inList) {
                out.append(' ').append(inline(trimmed));
            } else if (tableRow) {
                table.add(trimmed);
            } else {
                paragraph.add(trimmed);
            }
        }
        if (inList) {
            out.append("</li></ul>\n");
        }
        return out.toString();
    }

    private static String table(List<String> rows) {
        StringBuilder out = new StringBuilder("<div class=\"table-scroll\" tabindex=\"0\"><table>\n");
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (row.matches("\\|[\\s|:-]+\\|?")) {
                continue;
            }
            String cell = i == 0 ? "th" : "td";
            out.append("<tr>");
            String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
            for (String value : inner.split("\\|", -1)) {
                out.append('<')
                        .append(cell)
                        .append('>')
                        .append(inline(value.strip()))
                        .append("</")
                        .append(cell)
                        .append('>');
            }
            out.append("</tr>\n");
        }
        return out.append("</table></div>\n").toString();
    }

    private static String inline(String text) {
        String html = Texts.escape(text);
        html = CODE.matcher(html).replaceAll("<code>$1</code>");
        html = BOLD.matcher(html).replaceAll("<strong>$1</strong>");
        return EMPHASIS.matcher(html).replaceAll("<em>$1</em>");
    }
}
