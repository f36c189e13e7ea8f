package org.casebook.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hanyu Pinyin of a Chinese transcription, read back to the Uyghur sounds its characters stand for: Abùdūrèyīmù
 * Hǎiyītí is 阿不都热依木 海依提, Abdurehim Heyit. Only a word with a tone mark no romanization of Uyghur, Turkish or
 * English uses (a macron, a caron or a grave accent on a vowel) is taken for pinyin: without tone marks, pinyin and the
 * other spellings cannot be told apart word by word (reading every likely word as pinyin cost the other forms recall).
 */
final class PinyinToUyghur {
    /** ā ē ī ō ū ǖ, ǎ ě ǐ ǒ ǔ ǚ, à è ì ò ù ǜ once decomposed: the first, third and fourth tones. */
    private static final Pattern TONED = Pattern.compile("[aeiouü][\u0304\u030C\u0300]");

    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\p{Mn}]*");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{Mn}]+");
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

    /** The text with each toned pinyin word replaced by the sounds it transcribes; other words as they are. */
    static String read(String text) {
        // Every name keyed passes here (search queries, indexing, the duplicate checks): most have no such mark.
        if (!mayBeToned(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        if (!TONED.matcher(decomposed).find()) {
            return text;
        }
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

    /**
     * The text with each plain word that splits into at least {@link #PLAIN_SYLLABLES} pinyin syllables replaced by
     * the sounds it would transcribe, or null when no word does. Without tone marks the same letters are as often a
     * Latin spelling (Patime, Nuriye), so this is a second reading beside the name as written, never instead of it.
     */
    static String readPlain(String text) {
        StringBuilder out = new StringBuilder();
        Matcher word = LETTERS.matcher(text);
        int at = 0;
        boolean read = false;
        while (word.find()) {
            out.append(text, at, word.start());
            List<String> syllables = mayBePlain(word.group()) ? split(word.group()) : null;
            boolean pinyin = syllables != null && syllables.size() >= PLAIN_SYLLABLES;
            out.append(pinyin ? sounds(word.group(), syllables) : word.group());
            read |= pinyin;
            at = word.end();
        }
        out.append(text.substring(at));
        return read ? out.toString() : null;
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
        String plain = toned.replaceAll("\\p{Mn}", "");
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
