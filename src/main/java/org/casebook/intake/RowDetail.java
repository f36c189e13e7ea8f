package org.casebook.intake;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casebook.records.InvalidInput;
import org.casebook.web.FormErrors;
import org.casebook.web.Language;
import org.casebook.web.Texts;

/**
 * Why a row was refused or what of it was left out, as an import keeps it: a message key, with the field and the
 * key's values after it ({@code app.error.tooLong?field=names%5B0%5D.text&max=300}), so the page says it in its own
 * language and the outcomes file in English. A problem that has no key is kept as "field: English text".
 */
public final class RowDetail {
    private RowDetail() {}

    static String of(InvalidInput.FieldProblem problem) {
        if (problem.key() == null) {
            return problem.field() + ": " + problem.message();
        }
        StringBuilder kept = new StringBuilder(problem.key()).append("?field=").append(encode(problem.field()));
        List<Object> values = problem.arguments();
        for (int i = 0; i + 1 < values.size(); i += 2) {
            kept.append('&')
                    .append(encode(String.valueOf(values.get(i))))
                    .append('=')
                    .append(encode(String.valueOf(values.get(i + 1))));
        }
        return kept.toString();
    }

    /** In the language of the documenters' page. */
    public static String shown(String detail) {
        return said(detail, null);
    }

    /** In English, for the outcomes file. */
    static String english(String detail) {
        return said(detail, Language.en);
    }

    private static String said(String detail, Language language) {
        if (detail == null || !KEPT.matcher(detail).matches()) {
            return detail;
        }
        int query = detail.indexOf('?');
        String key = query < 0 ? detail : detail.substring(0, query);
        String field = null;
        List<Object> values = new ArrayList<>();
        if (query >= 0) {
            for (String pair : detail.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String name = decode(pair.substring(0, eq));
                String value = decode(pair.substring(eq + 1));
                if (name.equals("field")) {
                    field = value;
                } else {
                    values.add(name);
                    values.add(value);
                }
            }
        }
        String text = language == null
                ? Texts.appText(key, values.toArray())
                : Texts.appTextIn(language, key, values.toArray());
        return field == null ? text : (language == null ? FormErrors.label(field) : field) + ": " + text;
    }

    /** A key, with its values after "?" when it has any: never "field: text", which has a space. */
    private static final Pattern KEPT = Pattern.compile("[a-z][A-Za-z0-9_.]*(\\?\\S*)?");

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException cut) {
            // A detail cut short at its length limit may end inside an escape.
            return text;
        }
    }
}
