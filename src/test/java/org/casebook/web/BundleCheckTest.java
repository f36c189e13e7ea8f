package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebook.records.Labels;
import org.junit.jupiter.api.Test;

class BundleCheckTest {
    /** A key as the templates and code ask for it: Texts.t("report.title", …). */
    private static final Pattern ASKED = Pattern.compile("Texts\\.t\\(\"([\\w.]+)\"\\s*[,)]");

    private static final List<String> LANGUAGES = Arrays.stream(Language.values())
            .filter(l -> l != Language.en)
            .map(Language::name)
            .toList();

    @Test
    void everyBundleHasEveryKeyWithItsPlaceholdersAndNoKeyIsUnused() throws IOException {
        Set<String> used = used();
        Set<String> publicSite = new TreeSet<>(used);
        publicSite.removeIf(key -> key.startsWith(Texts.APP_PREFIX));
        Set<String> documenters = new TreeSet<>(used);
        documenters.removeAll(publicSite);
        assertThat(BundleCheck.problems(
                        Path.of("src/main/resources/i18n"), "messages", LANGUAGES, publicSite, Set.of()))
                .isEmpty();
        assertThat(documenters)
                .as("the documenters' pages ask for their own keys")
                .hasSizeGreaterThan(50);
        List<String> documentersLanguages = Language.DOCUMENTERS.stream()
                .filter(l -> l != Language.en)
                .map(Language::name)
                .toList();
        assertThat(BundleCheck.problems(
                        Path.of("src/main/resources/i18n"), "app", documentersLanguages, documenters, Set.of()))
                .isEmpty();
    }

    /** A bundle broken every way the check knows, so the check is seen to fail. */
    @Test
    void aBrokenBundleFailsTheCheckNamingEachProblem() throws IOException {
        List<String> problems = BundleCheck.problems(
                Path.of("src/test/resources/i18n-broken"),
                "messages",
                List.of("ug", "tr"),
                Set.of("greeting", "farewell", "asked.but.missing"),
                Set.of());
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "ug: missing farewell",
                        "ug: placeholders of greeting are [nom], English has [name]",
                        "ug: extra is not an English key",
                        "tr: greeting is the English text, not a translation",
                        "tr: missing farewell",
                        "unused key unused",
                        "used but missing in English: asked.but.missing");
    }

    /** Keys asked for with Texts.t, and keys named as a string anywhere (a verdict's message key, say). */
    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        StringBuilder sources = new StringBuilder();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file);
                    sources.append(text);
                    Matcher m = ASKED.matcher(text);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        Properties english = new Properties();
        for (String base : List.of("messages", "app")) {
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + base + ".properties"))) {
                english.load(in);
            }
        }
        // A key named whole, or one of a family asked for by its prefix (Texts.t("home.status." + code)); labels are
        // asked for by vocabulary and code, and LabelsTest checks that each names a code that exists.
        english.stringPropertyNames().stream()
                .filter(key -> key.startsWith(Labels.PREFIX)
                        || sources.indexOf("\"" + key + "\"") >= 0
                        || askedByPrefix(sources, key))
                .forEach(keys::add);
        return keys;
    }

    /** Whether some prefix of the key, up to one of its dots, is asked for as a family ("says." + stance + …). */
    private static boolean askedByPrefix(CharSequence sources, String key) {
        String text = sources.toString();
        for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
            if (text.contains("\"" + key.substring(0, dot + 1) + "\" +")) {
                return true;
            }
        }
        return false;
    }
}
