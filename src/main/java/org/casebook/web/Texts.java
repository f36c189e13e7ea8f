package org.casebook.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.casebook.records.Dates;
import org.casebook.records.Labels;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words of the pages, from the message bundles in {@code resources/i18n/} (ICU MessageFormat, so plurals and
 * numbers follow the language), in the language of the request being answered. A key missing in a language falls
 * back to English; the bundle check in the build keeps that from happening unnoticed.
 */
public final class Texts {
    static final String BUNDLE = "i18n.messages";

    /** The documenters' pages have a bundle of their own, in their own languages (Language.DOCUMENTERS). */
    static final String APP_BUNDLE = "i18n.app";

    static final String APP_PREFIX = "app.";

    private Texts() {}

    public static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    /** The request's language as a locale, for formatting. */
    public static Locale locale() {
        return language().locale();
    }

    /** A day in the request's language and that language's order: "10 Şub 2019", "2019年2月10日". */
    public static String day(LocalDate day) {
        return day == null ? "" : Dates.format(day, "yMMMd", locale());
    }

    /** The UTC day of a moment, as {@link #day(LocalDate)}. */
    public static String day(Instant moment) {
        return moment == null ? "" : day(moment.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** For {@code <html lang>}. */
    public static String lang() {
        return language().tag();
    }

    /** For {@code <html dir>}. */
    public static String dir() {
        return language().dir();
    }

    /**
     * The language of a documenters' page: the request's when the documenters' pages are written in it, English
     * otherwise, so that a page is never half in one language and half in another.
     */
    public static Language appLanguage() {
        Language language = language();
        return Language.DOCUMENTERS.contains(language) ? language : Language.en;
    }

    /**
     * The text of a key in the request's language, its {@code {placeholders}} filled from name–value pairs. Keys
     * of the documenters' pages ({@code app.…}) are in the language of those pages ({@link #appLanguage()}).
     */
    public static String t(String key, Object... namesAndValues) {
        return key.startsWith(APP_PREFIX)
                ? format(APP_BUNDLE, appLanguage(), key, namesAndValues)
                : format(BUNDLE, language(), key, namesAndValues);
    }

    /**
     * A sentence in the request's language as HTML, for {@code $unsafe{}}: the words are escaped, and every text value
     * (a name, an asserter, a title: people's own words, in any script) is escaped and isolated in a {@code <bdi>}, so
     * that an Arabic-script name keeps its order inside a Latin sentence and the reverse. Numbers stay numbers.
     */
    public static String isolating(String key, Object... namesAndValues) {
        return isolating(Texts::t, key, namesAndValues);
    }

    /** {@link #isolating} in the language of a documenters' page ({@link #appText}). */
    public static String appIsolating(String key, Object... namesAndValues) {
        return isolating(Texts::appText, key, namesAndValues);
    }

    private static String isolating(BiFunction<String, Object[], String> words, String key, Object... namesAndValues) {
        Object[] marked = namesAndValues.clone();
        for (int i = 1; i < marked.length; i += 2) {
            if (marked[i] instanceof CharSequence) {
                marked[i] = MARK_START + (i / 2) + MARK_END;
            }
        }
        // One pass over the sentence: it was escaped, then searched once per value, each pass copying it whole.
        String sentence = words.apply(key, marked);
        StringBuilder html = new StringBuilder(sentence.length() + 64);
        int from = 0;
        for (int start = sentence.indexOf(MARK_START); start >= 0; start = sentence.indexOf(MARK_START, from)) {
            int end = sentence.indexOf(MARK_END, start);
            if (end < 0) {
                break;
            }
            escape(sentence, from, start, html);
            int pair = 2 * Integer.parseInt(sentence, start + 1, end, 10) + 1;
            html.append("<bdi dir=\"auto\">");
            String value = unmarked(namesAndValues[pair].toString());
            escape(value, 0, value.length(), html);
            html.append("</bdi>");
            from = end + 1;
        }
        escape(sentence, from, sentence.length(), html);
        return html.toString();
    }

    private static String unmarked(String value) {
        return value.indexOf(MARK_START) < 0 && value.indexOf(MARK_END) < 0
                ? value
                : value.replace(MARK_START, "").replace(MARK_END, "");
    }

    /** Text made safe inside HTML elements and quoted attributes. */
    static String escape(String text) {
        int plain = 0;
        while (plain < text.length() && SPECIAL.indexOf(text.charAt(plain)) < 0) {
            plain++;
        }
        if (plain == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, plain);
        escape(text, plain, text.length(), out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int special = SPECIAL.indexOf(c);
            if (special < 0) {
                out.append(c);
            } else {
                out.append(ENTITIES[special]);
            }
        }
    }

    private static final String SPECIAL = "&<>\"'";
    private static final String[] ENTITIES = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};

    // Private-use characters: no message contains them, and values are cleaned of them.
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";

    /** A key of either bundle in the language of a documenters' page (a field problem's message, say). */
    public static String appText(String key, Object... namesAndValues) {
        return format(key.startsWith(APP_PREFIX) ? APP_BUNDLE : BUNDLE, appLanguage(), key, namesAndValues);
    }

    /** A key of either bundle in a given language, whatever the request's (English for the command line). */
    public static String appTextIn(Language language, String key, Object... namesAndValues) {
        return format(key.startsWith(APP_PREFIX) ? APP_BUNDLE : BUNDLE, language, key, namesAndValues);
    }

    /** The label of a vocabulary code in the request's language; an unknown code shows as itself. */
    public static String label(String vocabulary, Object code) {
        return label(language(), vocabulary, code);
    }

    public static String label(Enum<?> code) {
        return code == null ? "" : label(code.getDeclaringClass().getSimpleName(), code.name());
    }

    /** A vocabulary code's label on a documenters' page, in that page's language. */
    public static String appLabel(Enum<?> code) {
        return code == null ? "" : appLabel(code.getDeclaringClass().getSimpleName(), code.name());
    }

    public static String appLabel(String vocabulary, Object code) {
        return label(appLanguage(), vocabulary, code);
    }

    private static String label(Language language, String vocabulary, Object code) {
        if (code == null) {
            return "";
        }
        String key = Labels.PREFIX + vocabulary + "." + code;
        String label = format(BUNDLE, language, key);
        return label.equals(key) ? String.valueOf(code) : label;
    }

    static String format(Language language, String key, Object... namesAndValues) {
        return format(BUNDLE, language, key, namesAndValues);
    }

    static String format(String bundle, Language language, String key, Object... namesAndValues) {
        Message message = catalogue(bundle, language).get(key);
        if (message == null) {
            return key; // not in the bundle: the key shows, and the bundle check in the build keeps that from shipping
        }
        if (message.literal()) {
            return message.pattern(); // no placeholder and nothing quoted: the text is its own result
        }
        String filled = message.plain() == null ? null : message.plain().fill(namesAndValues);
        if (filled != null) {
            return filled;
        }
        MessageFormat format = (MessageFormat) message.format(language).clone();
        if (namesAndValues.length == 0) {
            return format.format(new Object[0]);
        }
        Map<String, Object> arguments = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return format.format(arguments);
    }

    /**
     * A bundle's messages in one language, each read from the bundle and taken apart once: a page asks for hundreds,
     * and asking {@code ResourceBundle} for each, and caching by a key built for each, took a twentieth of its time.
     */
    private static Map<String, Message> catalogue(String bundle, Language language) {
        Map<String, Message>[] known = CATALOGUES.get(bundle); // no computeIfAbsent: it may lock the map's bin
        return (known != null ? known : CATALOGUES.computeIfAbsent(bundle, Texts::catalogues))[language.ordinal()];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Message>[] catalogues(String bundle) {
        Map<String, Message>[] byLanguage = new Map[Language.values().length];
        for (Language language : Language.values()) {
            Numerals numerals =
                    Numerals.of(ULocale.forLocale(language.locale())).orElse(null);
            ResourceBundle messages = bundle(bundle, language);
            Map<String, Message> catalogue = new HashMap<>();
            for (String key : messages.keySet()) {
                String pattern = messages.getString(key);
                boolean literal = pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0;
                catalogue.put(key, new Message(pattern, literal, literal ? null : PlainPattern.of(pattern, numerals)));
            }
            byLanguage[language.ordinal()] = Map.copyOf(catalogue);
        }
        return byLanguage;
    }

    private static final Map<String, Map<String, Message>[]> CATALOGUES = new ConcurrentHashMap<>();

    /** A message's pattern, as ready to fill as it can be made ahead of use. */
    private record Message(String pattern, boolean literal, PlainPattern plain, AtomicReference<MessageFormat> parsed) {
        Message(String pattern, boolean literal, PlainPattern plain) {
            this(pattern, literal, plain, new AtomicReference<>());
        }

        /**
         * ICU's format of the pattern, parsed on first use (parsing costs far more than applying); each use clones it,
         * since ICU's formats are not safe to share between threads.
         */
        MessageFormat format(Language language) {
            MessageFormat format = parsed.get();
            if (format == null) {
                format = new MessageFormat(pattern, ULocale.forLocale(language.locale()));
                parsed.set(format);
            }
            return format;
        }
    }

    static ResourceBundle bundle(String bundle, Language language) {
        // Properties bundles are read as UTF-8; no fallback to the JVM's own locale, only to English (the base).
        return ResourceBundle.getBundle(
                bundle,
                language == Language.en ? Locale.ROOT : Locale.forLanguageTag(language.name()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
