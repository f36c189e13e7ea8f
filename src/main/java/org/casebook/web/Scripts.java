package org.casebook.web;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code lang} of a name from its script (ISO 15924), so browsers pick a font that has its letters: the
 * language of a name is seldom known, its script always is ("und" says so). Chinese names are Simplified, as in
 * the documents they come from.
 */
public final class Scripts {
    private Scripts() {}

    public static String lang(String script) {
        if (script == null || !script.matches("[A-Z][a-z]{3}")) {
            return null;
        }
        return switch (script) {
            case "Hani", "Hans" -> "zh-Hans";
            case "Hant" -> "zh-Hant";
            default -> "und-" + script;
        };
    }

    /**
     * The {@code lang} of a name whose language a documenter gave: the language, with the script added when it is
     * not the one that language is usually written in (Uyghur in Cyrillic is ug-Cyrl; Uyghur in Arabic is ug).
     */
    public static String lang(String script, String language) {
        if (language == null || language.isBlank()) {
            return lang(script);
        }
        ULocale given = ULocale.forLanguageTag(language);
        if (given.getLanguage().isEmpty()) {
            return lang(script);
        }
        String usual = ULocale.addLikelySubtags(given).getScript();
        boolean han = "Hani".equals(script) && usual.startsWith("Han");
        return script == null || !given.getScript().isEmpty() || usual.equals(script) || han
                ? given.toLanguageTag()
                : given.getLanguage() + "-" + script;
    }

    /** The script's name in the reader's language, from CLDR (Arabic, Кириллица, 汉字…). */
    public static String name(String script, Locale reader) {
        if (script == null || !script.matches("[A-Z][a-z]{3}")) {
            return "";
        }
        return NAMES.computeIfAbsent(script + "|" + reader.toLanguageTag(), k -> {
            String name = new ULocale("und_" + script).getDisplayScript(ULocale.forLocale(reader));
            return name.isEmpty() ? script : name;
        });
    }

    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();
}
