package org.casebook.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Casebook's pages are written in. English is the reference; the public site has all six, the
 * documenters' pages English, Uyghur and Turkish (the others fall back to English there, key by key).
 */
public enum Language {
    en("en", "English", false),
    ug("ug", "ئۇيغۇرچە", true),
    tr("tr", "Türkçe", false),
    zh("zh-Hans", "中文", false),
    ru("ru", "Русский", false),
    kk("kk", "Қазақша", false);

    /** The languages of the documenters' pages. */
    public static final List<Language> DOCUMENTERS = List.of(en, ug, tr);

    private final String tag;
    private final String name;
    private final boolean rightToLeft;
    private final Locale locale;

    Language(String tag, String name, boolean rightToLeft) {
        this.tag = tag;
        this.name = name;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The BCP 47 tag for {@code lang} attributes: "zh-Hans" says the script, since names are written in it. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a switcher shows it. */
    public String nativeName() {
        return name;
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return locale;
    }

    /** A language asked for by code ("ug", "zh", "zh-Hans", "zh-CN"); anything else is not one of ours. */
    public static Optional<Language> parse(String code) {
        if (code == null || code.isBlank() || code.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.name().equals(language)).findFirst();
    }

    /** The language of a locale, English when it is none of ours. */
    public static Language of(Locale locale) {
        // Asked for every text of every page: the locale's own language code, without parsing a tag again.
        String language = locale == null ? "" : locale.getLanguage();
        for (Language l : ALL) {
            if (l.name().equals(language)) {
                return l;
            }
        }
        return en;
    }

    private static final Language[] ALL = values();

    /** The best of ours for an Accept-Language header, in the reader's order of preference; English otherwise. */
    public static Language forAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return en;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> range.getRange().equals("*") ? Optional.of(en) : parse(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(en);
        } catch (IllegalArgumentException malformed) {
            return en;
        }
    }
}
