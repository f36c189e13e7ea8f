package org.casebook.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the build checks of the message bundles: every language has exactly the English keys, the same
 * placeholders, and no English passed off as a translation; every key is used and every key used exists.
 */
final class BundleCheck {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\w+)\\s*[,}]");

    private BundleCheck() {}

    /**
     * @param folder       where the bundles are: base.properties (English) and base_xx.properties
     * @param base         the bundle's name: messages (the public site) or app (the documenters' pages)
     * @param languages    the codes of the bundles besides English
     * @param used         the keys the code and templates ask for
     * @param sameAsEnglish keys whose text is rightly the same in every language (names, codes)
     */
    static List<String> problems(
            Path folder, String base, List<String> languages, Set<String> used, Set<String> sameAsEnglish)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Properties english = load(folder.resolve(base + ".properties"));
        for (String language : languages) {
            Path file = folder.resolve(base + "_" + language + ".properties");
            if (!Files.exists(file)) {
                problems.add(language + ": no bundle");
                continue;
            }
            Properties bundle = load(file);
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String text = bundle.getProperty(key);
                if (text == null) {
                    problems.add(language + ": missing " + key);
                    continue;
                }
                if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    problems.add(language + ": placeholders of " + key + " are " + placeholders(text) + ", English has "
                            + placeholders(english.getProperty(key)));
                }
                if (text.strip().equals(english.getProperty(key).strip())
                        && hasWords(text)
                        && !sameAsEnglish.contains(key)) {
                    problems.add(language + ": " + key + " is the English text, not a translation");
                }
            }
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                if (!english.containsKey(key)) {
                    problems.add(language + ": " + key + " is not an English key");
                }
            }
        }
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            if (!used.contains(key)) {
                problems.add("unused key " + key);
            }
        }
        for (String key : new TreeSet<>(used)) {
            if (!english.containsKey(key)) {
                problems.add("used but missing in English: " + key);
            }
        }
        return problems;
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** A pattern of placeholders and punctuation only ("{asserter}: {type}") is the same in many languages. */
    private static boolean hasWords(String text) {
        return text.replaceAll("\\{[^}]*}", "").codePoints().anyMatch(Character::isLetter);
    }
}
