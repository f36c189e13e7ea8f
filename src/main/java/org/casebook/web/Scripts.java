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
        if (!isScriptCode(script)) {
            return "";
        }
        // Asked for every name on a page: no pattern compiled, no key built from strings, no lock on a known name.
        Named key = new Named(script, reader);
        String known = NAMES.get(key);
        if (known != null) {
            return known;
        }
        return NAMES.computeIfAbsent(key, k -> {
            String name = new ULocale("und_" + script).getDisplayScript(ULocale.forLocale(reader));
            return name.isEmpty() ? script : name;
        });
    }

    /** An ISO 15924 code as written: one capital and three small Latin letters. */
    private static boolean isScriptCode(String script) {
        if (script == null || script.length() != 4 || script.charAt(0) < 'A' || script.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (script.charAt(i) < 'a' || script.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    private record Named(String script, Locale reader) {}

    private static final Map<Named, String> NAMES = new ConcurrentHashMap<>();
}
