package org.casebook.names;

import com.ibm.icu.text.Normalizer2;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keys that let one person's name match across scripts and romanizations. The name as given is never changed;
 * these are derived, for search and duplicate detection only:
 * <ol>
 * <li>{@code latin}: the name brought to one folded Latin spelling — Uyghur Arabic and Cyrillic by the ULY
 *     tables, Chinese characters by their Uyghur sounds, pinyin with tone marks by its syllables' Uyghur sounds
 *     ({@link PinyinToUyghur}), any romanization by the folding table;</li>
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
    private static final RuleTable ARABIC_PRESS = RuleTable.load("/names/arabic-to-latin.tsv");
    /**
     * Letters only Uyghur script has (ى too where it is not the last letter of a word, as Arabic writes it): a name
     * in Arabic script without any of them is in Arabic orthography.
     */
    private static final Pattern UYGHUR_LETTERS =
            Pattern.compile("[\u06D5\u06D0\u06C7\u06C6\u06C8\u0626\u06AD\u06CB\u06BE]|\u0649(?=\\p{IsArabic})");

    private static final Pattern ARABIC_LETTERS = Pattern.compile("\\p{IsArabic}");
    /** Tone marks of pinyin and other accents the folding table leaves: never what tells two names apart. */
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");

    /** No letter of the Arabic script comes before its block: a Latin or Cyrillic name needs no search for one. */
    private static final int FIRST_ARABIC = 0x0600;

    /** Below the CJK radicals no character is Han: most names' letters are passed without a script lookup. */
    private static final int FIRST_HAN = 0x2E80;

    /** What parts the words of a name: {@link #words} follows it by hand, and NameKeysTest holds the two equal. */
    static final Pattern SEPARATORS = Pattern.compile("[\\s·•・.,/()\\[\\]\"]+");
    /** Suffixes that come and go on Uyghur names: -jan (Turkish spelling -can) and -gul. */
    static final List<String> SUFFIXES = List.of("jan", "can", "gul");

    private NameKeys() {}

    /** {@code pinyinReading}: the name's second reading ({@link #pinyinReading}), or null when it has none. */
    public record Keys(
            String script,
            String latin,
            List<String> tokens,
            List<String> phonetic,
            List<String> skeletons,
            String pinyinReading) {}

    /**
     * Keys worked out already, by name: an imported list's names are keyed by its possible-match check and again,
     * seconds later, by the search index (a fifth of the index's work on a million-row list), and searches repeat
     * names. A name's keys depend on the name alone.
     */
    private static final Remembered<String, Keys> KEYED = new Remembered<>(32_768);

    /** The name's keys; 32,768 names remembered are enough for the rows between an import's check and the index. */
    public static Keys of(String name) {
        return KEYED.get(name, n -> of(n, true));
    }

    private static Keys of(String name, boolean read) {
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
        // A Latin name is read as written, where a capital may mark a part's start; another script by its Latin form.
        String reading = !read ? null : pinyinReading("Latn".equals(script) ? name : latin);
        return new Keys(
                script,
                latin,
                List.copyOf(tokens),
                List.copyOf(phonetic),
                List.copyOf(skeletons),
                reading == null || reading.equals(latin) ? null : reading);
    }

    /** The name's keys as written, then by its second reading when it has one ({@link #pinyinReading}). */
    public static List<Keys> readings(String name) {
        Keys written = of(name);
        Keys second = secondReading(written);
        return second == null ? List.of(written) : List.of(written, second);
    }

    /** The keys of a name's second reading, or null when it has none. */
    public static Keys secondReading(Keys written) {
        return written.pinyinReading() == null ? null : of(written.pinyinReading(), false);
    }

    /**
     * The text with pinyin written a syllable at a time joined into its words, as the name as written is keyed: a
     * query is split into words after this, or each syllable would be looked up alone.
     */
    public static String syllablesJoined(String text) {
        return PinyinToUyghur.joinWritten(NFKC.normalize(text));
    }

    /**
     * The name's second reading in folded Latin, as untoned pinyin of a Chinese transcription (Abudureyimu Haiyiti is
     * also read abdurehim heyit), or null when none of its words can be pinyin ({@link PinyinToUyghur#readPlain}).
     * Search and duplicate checks look names up by both readings.
     */
    public static String pinyinReading(String name) {
        String read = PinyinToUyghur.readPlain(NFKC.normalize(name));
        return read == null ? null : toLatin(read);
    }

    /** Any script to the folded Latin form: lower case, no accents that romanizations disagree on. */
    public static String toLatin(String name) {
        // In the case as written: a capital may mark where a name part starts in pinyin spaced per syllable.
        String text = PinyinToUyghur.read(NFKC.normalize(name));
        StringBuilder out = new StringBuilder();
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= FIRST_HAN && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
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
        String letters = out.toString();
        String latin = LATIN.apply(CYRILLIC.apply(
                arabicOrthography(letters) ? ARABIC_PRESS.apply(arabicWords(letters)) : ARABIC.apply(letters)));
        if (!ascii(latin)) {
            latin = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD))
                    .replaceAll("");
        }
        return latinLetters(latin);
    }

    private static boolean ascii(String text) {
        return below(text, 0x80);
    }

    private static boolean below(String text, int limit) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }

    /** Runs of Latin letters and ·, one space between runs: anything else, digits and punctuation too, parts words. */
    static String latinLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean latin = cp < 0x80
                    ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')
                    : cp == '·' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            if (!latin) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Arabic script without a letter only Uyghur writes: the Arabic-language press's spelling of a name. */
    static boolean arabicOrthography(String text) {
        return !below(text, FIRST_ARABIC)
                && ARABIC_LETTERS.matcher(text).find()
                && !UYGHUR_LETTERS.matcher(text).find();
    }

    /**
     * Arabic spelling's ways with names, before its letters are read: عبد joined to the name after it as Uyghur
     * joins Abdu- (عبد الرحيم is Abdurehim), the article al- left off, and an ayn that starts a word read as the
     * vowel it carries there.
     */
    static String arabicWords(String text) {
        return text.replaceAll("عبد\\s*ال", "عبد")
                .replaceAll("(^|\\s)ال(?=\\p{IsArabic}{2})", "$1")
                .replaceAll("(^|\\s)ع", "$1ا");
    }

    static List<String> tokens(String latin) {
        List<String> tokens = new ArrayList<>();
        words(latin).forEach(word -> tokens.addAll(forms(word)));
        return tokens;
    }

    /** The words of a name already in folded Latin: the runs between {@link #SEPARATORS}, blank ones left out. */
    public static List<String> words(String latin) {
        // By hand, not by the pattern: every name keyed, indexed and checked passes here, several times.
        List<String> words = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= latin.length(); i++) {
            if (i == latin.length() || separates(latin.charAt(i))) {
                String word = latin.substring(start, i);
                if (!word.isBlank()) {
                    words.add(word);
                }
                start = i + 1;
            }
        }
        return List.copyOf(words);
    }

    /** Whether {@link #SEPARATORS} matches the character. */
    static boolean separates(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || "·•・.,/()[]\"".indexOf(c) >= 0;
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
