package org.casebook.names;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys that let one person's name match across scripts and romanizations. The name as given is never changed;
 * these are derived, for search and duplicate detection only:
 * <ol>
 * <li>{@code latin}: the name brought to one folded Latin spelling — Uyghur Arabic and Cyrillic by the ULY
 *     tables, Chinese characters by their Uyghur sounds, any romanization by the folding table;</li>
 * <li>{@code tokens}: its words, with the suffixes -jan (-can) and -gul also split off, since Uyghur names have no stable
 *     surname and these come and go;</li>
 * <li>{@code skeletons}: each token's phonetic skeleton, which merges what romanizations disagree on.</li>
 * </ol>
 */
public final class NameKeys {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final RuleTable ARABIC = RuleTable.load("/names/uyghur-arabic-to-latin.tsv");
    private static final RuleTable CYRILLIC = RuleTable.load("/names/uyghur-cyrillic-to-latin.tsv");
    private static final RuleTable LATIN = RuleTable.load("/names/latin-fold.tsv");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s·•・.,/()\\[\\]\"]+");
    /** Suffixes that come and go on Uyghur names: -jan (Turkish spelling -can) and -gul. */
    static final List<String> SUFFIXES = List.of("jan", "can", "gul");

    private NameKeys() {}

    public record Keys(
            String script, String latin, List<String> tokens, List<String> phonetic, List<String> skeletons) {}

    public static Keys of(String name) {
        String script = NameScripts.detect(name);
        String latin = toLatin(name);
        List<String> tokens = tokens(latin);
        Set<String> skeletons = new LinkedHashSet<>();
        Set<String> phonetic = new LinkedHashSet<>();
        tokens.forEach(t -> {
            skeletons.add(skeleton(t));
            phonetic.add(phonetic(t));
        });
        skeletons.remove("");
        phonetic.remove("");
        return new Keys(script, latin, tokens, List.copyOf(phonetic), List.copyOf(skeletons));
    }

    /** Any script to the folded Latin form: lower case, no accents that romanizations disagree on. */
    public static String toLatin(String name) {
        String text = NFKC.normalize(name).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han.appendCodePoint(cp);
                continue;
            }
            if (!han.isEmpty()) {
                out.append(HanToUyghur.sounds(han.toString()));
                han.setLength(0);
            }
            out.appendCodePoint(cp);
        }
        if (!han.isEmpty()) {
            out.append(HanToUyghur.sounds(han.toString()));
        }
        String latin = LATIN.apply(CYRILLIC.apply(ARABIC.apply(out.toString())));
        return latin.replaceAll("[^\\p{IsLatin}\\s·]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    static List<String> tokens(String latin) {
        List<String> tokens = new ArrayList<>();
        words(latin).forEach(word -> tokens.addAll(forms(word)));
        return tokens;
    }

    /** The words of a name already in folded Latin. */
    public static List<String> words(String latin) {
        return SEPARATORS.splitAsStream(latin).filter(word -> !word.isBlank()).toList();
    }

    /** A word as written, then without each suffix it ends with (Tursunjan, Tursun). */
    static List<String> forms(String word) {
        List<String> forms = new ArrayList<>(List.of(word));
        for (String suffix : SUFFIXES) {
            if (word.length() >= suffix.length() + 2 && word.endsWith(suffix)) {
                forms.add(word.substring(0, word.length() - suffix.length()));
            }
        }
        return forms;
    }

    /**
     * The phonetic skeleton of one folded token: the first letter, then the consonants, after merging x/kh/h,
     * q/k/g/gh, w/v, f/p, j/zh/Turkish c, and dropping the glides h and y between letters (Abdurehim, Abdureyim and 阿不都热依木
     * all give "abdrm"; Heyit, Hayit and 海依提 give "ht"). Doubled letters count once.
     */
    public static String skeleton(String token) {
        String t = token.replace("kh", "h")
                .replace("gh", "k")
                .replace("zh", "j")
                .replace("sh", "S")
                .replace("ch", "C")
                .replace("ng", "N")
                .replace('x', 'h')
                .replace('q', 'k')
                .replace('g', 'k')
                .replace('v', 'w')
                .replace('f', 'p')
                .replace('c', 'j');
        if (t.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        char first = t.charAt(0);
        out.append(isVowel(first) ? 'a' : first);
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isVowel(c) || c == 'h' || c == 'y' || c == '\'' || c == '-') {
                continue;
            }
            if (out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Between the token and its skeleton: the consonant merges of the skeleton, h dropped after the first letter,
     * a and e merged (Turkish Ahmet, Hasan for Uyghur Ehmet, Hesen), vowels otherwise kept, so that Mehmet and
     * Memet agree but Memet and Mahmut do not.
     */
    public static String phonetic(String token) {
        String t = token.replace("kh", "h")
                .replace("gh", "k")
                .replace("zh", "j")
                .replace("sh", "S")
                .replace("ch", "C")
                .replace("ng", "N")
                .replace('x', 'h')
                .replace('q', 'k')
                .replace('g', 'k')
                .replace('v', 'w')
                .replace('f', 'p')
                .replace('c', 'j')
                .replace('a', 'e')
                .replace('é', 'e')
                .replace('ö', 'o')
                .replace('ü', 'u');
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((i > 0 && c == 'h') || c == '\'' || c == '-') {
                continue;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiouéöü".indexOf(c) >= 0;
    }
}
