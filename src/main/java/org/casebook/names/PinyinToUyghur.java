package org.casebook.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hanyu Pinyin of a Chinese transcription, read back to the Uyghur sounds its characters stand for: Abùdūrèyīmù
 * Hǎiyītí is 阿不都热依木 海依提, Abdurehim Heyit. Only a word with a tone mark no romanization of Uyghur, Turkish or
 * English uses (a macron, a caron or a grave accent on a vowel) is read as pinyin in the name as written: without tone
 * marks, pinyin and the other spellings cannot be told apart word by word (reading every likely word as pinyin cost the
 * other forms recall), so untoned pinyin gets a second reading beside it ({@link #readPlain}).
 */
final class PinyinToUyghur {
    /** ā ē ī ō ū ǖ, ǎ ě ǐ ǒ ǔ ǚ, à è ì ò ù ǜ once decomposed: the first, third and fourth tones. */
    private static final Pattern TONED = Pattern.compile("[aeiouü][\u0304\u030C\u0300]");

    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{Mn}]*");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{Mn}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    /**
     * Every pinyin syllable: an initial, if any, and a final. Kept as a set: splitting a word tries up to six lengths
     * at each place, and a pattern matched each of them (every Latin name keyed passes here).
     */
    private static final Set<String> SYLLABLES = syllables();

    /** Each syllable's Uyghur sound: that of the first character with that syllable in the transcription table. */
    private static final Map<String, String> SOUNDS = sounds();

    private PinyinToUyghur() {}

    private static Set<String> syllables() {
        List<String> initials = List.of(
                "", "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
                "c", "s", "y", "w");
        List<String> finals = List.of(
                "iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei", "ao", "ou",
                "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o", "e", "i", "u");
        Set<String> syllables = new HashSet<>();
        for (String initial : initials) {
            for (String fin : finals) {
                syllables.add(initial + fin);
            }
        }
        return Set.copyOf(syllables);
    }

    private static Map<String, String> sounds() {
        Map<String, String> sounds = new HashMap<>();
        for (String character : HanToUyghur.TABLE.sources()) {
            sounds.putIfAbsent(HanToUyghur.PINYIN.transliterate(character).strip(), HanToUyghur.TABLE.get(character));
        }
        return sounds;
    }

    /**
     * The text in lower case, with each toned pinyin word replaced by the sounds it transcribes; other words as
     * they are. Syllables written apart are joined first ({@link #joinSyllables}): toned, two or more; plain, only
     * {@link #WRITTEN_RUN} or more, as two short words are as often a Latin name (Ahmet Can Er).
     */
    static String read(String text) {
        String joined = tonedJoined(text);
        if (joined == null) {
            return joinSyllables(text, false, WRITTEN_RUN).toLowerCase(Locale.ROOT);
        }
        String decomposed = joined.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(decomposed);
        int at = 0;
        while (word.find()) {
            out.append(decomposed, at, word.start());
            String sounds = TONED.matcher(word.group()).find() ? sounds(word.group()) : null;
            out.append(sounds != null ? sounds : word.group());
            at = word.end();
        }
        out.append(decomposed.substring(at));
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** Pinyin run together, untoned, is a word of plain letters only: Abudureyimu, Haiyiti, Tuerxun. */
    private static final Pattern PLAIN = Pattern.compile("[a-z]+");
    /**
     * Syllables a word needs before it is also read as untoned pinyin: Chinese transcription gives each consonant a
     * vowel, so a Uyghur name of two syllables becomes three or more; shorter words are as often Latin spellings.
     */
    static final int PLAIN_SYLLABLES = 3;

    /** One-syllable plain words in a row that are joined in the name as written: pinyin written a syllable at a time. */
    static final int WRITTEN_RUN = 3;

    /**
     * The text in lower case with each plain word that can be untoned pinyin replaced by the sounds it would
     * transcribe, or null when none can. Without tone marks the same letters are as often a Latin spelling (Patime,
     * Nuriye), so this is a second reading beside the name as written, never instead of it. A name is taken for
     * pinyin when one of its words splits into at least {@link #PLAIN_SYLLABLES} syllables or it is written a syllable
     * at a time ({@link #joinSyllables}); then each of its words that splits into syllables is read, the shorter too
     * (Aili Maimaiti: 艾力 买买提), since a name is written in one system.
     */
    static String readPlain(String text) {
        String joined = joinSyllables(text, false, 2);
        String lower = joined.toLowerCase(Locale.ROOT);
        List<MatchResult> words = LETTERS.matcher(lower).results().toList();
        List<List<String>> splits = new ArrayList<>(words.size());
        boolean pinyin = !joined.equals(text);
        for (MatchResult word : words) {
            List<String> syllables = mayBePlain(word.group()) ? split(word.group()) : null;
            splits.add(syllables);
            pinyin |= syllables != null && syllables.size() >= PLAIN_SYLLABLES;
        }
        if (!pinyin) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            MatchResult word = words.get(i);
            out.append(lower, at, word.start());
            out.append(splits.get(i) != null ? sounds(word.group(), splits.get(i)) : word.group());
            at = word.end();
        }
        out.append(lower.substring(at));
        return out.toString();
    }

    /** The text with pinyin written a syllable at a time joined into words as {@link #read} joins it, case kept. */
    static String joinWritten(String text) {
        String joined = tonedJoined(text);
        return joined == null
                ? joinSyllables(text, false, WRITTEN_RUN)
                : Normalizer.normalize(joined, Normalizer.Form.NFC);
    }

    /** The text decomposed with its toned syllables joined, or null when it holds no toned pinyin. */
    private static String tonedJoined(String text) {
        // Every name keyed passes here (search queries, indexing, the duplicate checks): most have no such mark.
        String decomposed = mayBeToned(text) ? Normalizer.normalize(text, Normalizer.Form.NFD) : null;
        return decomposed == null || !TONED.matcher(decomposed).find() ? null : joinSyllables(decomposed, true, 2);
    }

    /**
     * Pinyin written a syllable at a time, as tools that convert character by character write it (ā bù dū rè yī mù
     * · hǎi yī tí), with each run of {@code shortest} or more one-syllable words between spaces only joined into one
     * word. A new word begins at a capital when only some of the run's syllables have one (Ā bù dū rè yī mù Hǎi yī tí is
     * Ābùdūrèyīmù Hǎiyītí); a run with no such cue (A BU DU RE YI MU HAI YI TI) becomes one word, whose parts no one
     * can tell. Toned, each syllable may carry marks and one must; plain, each must be plain letters. The text as
     * given when it has no such run.
     */
    static String joinSyllables(String text, boolean toned, int shortest) {
        if (!toned && !mayHaveRun(text, shortest)) {
            return text;
        }
        List<MatchResult> words = LETTERS.matcher(text).results().toList();
        StringBuilder out = new StringBuilder();
        int at = 0;
        int from = 0;
        while (from < words.size()) {
            int to = from;
            while (to < words.size()
                    && syllable(words.get(to).group(), toned)
                    && (to == from || spacesBetween(text, words.get(to - 1), words.get(to)))) {
                to++;
            }
            if (to - from < shortest
                    || (toned && words.subList(from, to).stream().noneMatch(w -> isToned(w.group())))) {
                from = Math.max(to, from + 1);
                continue;
            }
            long capitals = words.subList(from, to).stream()
                    .filter(PinyinToUyghur::capitalized)
                    .count();
            boolean cue = capitals > 0 && capitals < to - from;
            out.append(text, at, words.get(from).start());
            for (int i = from; i < to; i++) {
                if (i > from && cue && capitalized(words.get(i))) {
                    out.append(' ');
                }
                out.append(words.get(i).group());
            }
            at = words.get(to - 1).end();
            from = to;
        }
        if (at == 0) {
            return text;
        }
        return out.append(text.substring(at)).toString();
    }

    /**
     * Whether the text has {@code shortest} words in a row, between spaces, of at most six plain letters, as a run of
     * syllables needs: checked letter by letter, since every name keyed passes here and most have no such run.
     */
    private static boolean mayHaveRun(String text, int shortest) {
        int run = 0;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ') {
                if (letters != 0) {
                    run = letters > 0 && letters <= 6 ? run + 1 : 0;
                    if (run >= shortest) {
                        return true;
                    }
                }
                letters = 0;
            } else if (letters >= 0 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                letters++;
            } else {
                letters = -1;
            }
        }
        return false;
    }

    private static boolean spacesBetween(String text, MatchResult left, MatchResult right) {
        return text.substring(left.end(), right.start()).isBlank();
    }

    private static boolean capitalized(MatchResult word) {
        return Character.isUpperCase(word.group().codePointAt(0));
    }

    private static boolean syllable(String word, boolean toned) {
        String bare = (toned ? MARKS.matcher(word).replaceAll("") : word).toLowerCase(Locale.ROOT);
        return bare.length() <= 6 && PLAIN.matcher(bare).matches() && SYLLABLES.contains(bare);
    }

    private static boolean isToned(String decomposed) {
        return TONED.matcher(decomposed.toLowerCase(Locale.ROOT)).find();
    }

    /** Plain letters ending as a pinyin syllable can (a vowel, n, ng or er): most Latin spellings of names do not. */
    private static boolean mayBePlain(String word) {
        return "aeiougnr".indexOf(word.charAt(word.length() - 1)) >= 0
                && PLAIN.matcher(word).matches();
    }

    /** Whether the text holds a macron, caron or grave accent, alone or on a precomposed letter (Latin Extended). */
    private static boolean mayBeToned(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0300' || c == '\u0304' || c == '\u030C' || (c >= '\u00C0' && c <= '\u024F')) {
                return true;
            }
        }
        return false;
    }

    /** A toned word as sounds, or null when it does not split into pinyin syllables. */
    private static String sounds(String toned) {
        String plain = MARKS.matcher(toned).replaceAll("");
        List<String> syllables = split(plain);
        return syllables == null ? null : sounds(plain, syllables);
    }

    /** An unmarked word already split into its syllables, as sounds. */
    private static String sounds(String plain, List<String> syllables) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables) {
            String sound = SOUNDS.get(syllable);
            out.append(sound != null ? sound : HanToUyghur.fromPinyin(syllable));
        }
        // 古丽 closing a name is the suffix -gul, whose final i only Chinese needs (Mǐrìgǔlì = Mihrigul).
        if (plain.endsWith("guli") && out.toString().endsWith("guli")) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * The word as syllables, the longest first where several fit; null if it cannot be split. Worked out from the
     * word's end, so that each place is tried once and a long hostile word needs no deep recursion.
     */
    private static List<String> split(String word) {
        int length = word.length();
        // next[i]: where the syllable starting at i ends in a split of the rest; 0 where the rest cannot be split.
        int[] next = new int[length + 1];
        next[length] = length;
        for (int from = length - 1; from >= 0; from--) {
            for (int end = Math.min(length, from + 6); end > from; end--) {
                if (next[end] > 0 && SYLLABLES.contains(word.substring(from, end))) {
                    next[from] = end;
                    break;
                }
            }
        }
        if (length > 0 && next[0] == 0) {
            return null;
        }
        List<String> syllables = new ArrayList<>();
        for (int at = 0; at < length; at = next[at]) {
            syllables.add(word.substring(at, next[at]));
        }
        return syllables;
    }
}
