package org.casebook.matching;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How other sources write a generated name, for the evaluation: the Arabic-language press, Hanyu Pinyin of the
 * Chinese transcription, traditional characters, Kazakh Cyrillic. Written from the generator's side, independently
 * of how the name keys read them.
 */
final class OtherForms {
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin/Names");
    private static final Transliterator TONELESS = Transliterator.getInstance("Latin-ASCII");
    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Hans-Hant");

    /** Kazakh Cyrillic: as Uyghur Cyrillic, with ж for j, ұ for u, і for i, у for w. */
    static final Map<String, String> KAZAKH = kazakh();

    private static final Map<String, String> ARABIC = Map.ofEntries(
            Map.entry("ch", "تش"),
            Map.entry("gh", "غ"),
            Map.entry("ng", "نغ"),
            Map.entry("sh", "ش"),
            Map.entry("zh", "ج"),
            Map.entry("b", "ب"),
            Map.entry("d", "د"),
            Map.entry("f", "ف"),
            Map.entry("g", "ج"),
            Map.entry("h", "ه"),
            Map.entry("j", "ج"),
            Map.entry("k", "ك"),
            Map.entry("l", "ل"),
            Map.entry("m", "م"),
            Map.entry("n", "ن"),
            Map.entry("p", "ب"),
            Map.entry("q", "ق"),
            Map.entry("r", "ر"),
            Map.entry("s", "س"),
            Map.entry("t", "ت"),
            Map.entry("w", "و"),
            Map.entry("x", "خ"),
            Map.entry("y", "ي"),
            Map.entry("z", "ز"));

    private OtherForms() {}

    /**
     * Arabic orthography: a vowel starting the word as alif (ayn before Abd-), later vowels long or left out as
     * Arabic writes them (a as alif, i and é as ya, o ö u ü as waw, e left out), Abdu- as عبد ال.
     */
    static String arabicPress(String uly) {
        StringBuilder out = new StringBuilder();
        String word = uly;
        if (word.startsWith("abdu") && word.length() > 5) {
            out.append("عبد ال");
            word = word.substring(word.startsWith("abdur") ? 5 : 4);
        }
        for (int i = 0; i < word.length(); ) {
            String two = i + 2 <= word.length() ? word.substring(i, i + 2) : null;
            char c = word.charAt(i);
            if ("aeéioöuü".indexOf(c) >= 0) {
                if (i == 0 && out.isEmpty()) {
                    out.append(c == 'i' || c == 'é' ? "إ" : "ا");
                } else if (c == 'a') {
                    out.append('ا');
                } else if (c == 'i' || c == 'é') {
                    out.append('ي');
                } else if (c != 'e') {
                    out.append('و');
                }
                i++;
            } else if (two != null && ARABIC.containsKey(two)) {
                out.append(ARABIC.get(two));
                i += 2;
            } else {
                out.append(ARABIC.getOrDefault(String.valueOf(c), String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    /** A name part's characters as one pinyin word, capitalized, with its tone marks or without. */
    static String pinyin(String chinese, boolean toneMarks) {
        return pinyinSyllables(chinese, toneMarks, true).replace(" ", "");
    }

    /** A name part's characters as pinyin syllables apart, the first capitalized or none, with tone marks or without. */
    static String pinyinSyllables(String chinese, boolean toneMarks, boolean capitalized) {
        String syllables = PINYIN.transliterate(chinese).strip().replaceAll("\\s+", " ");
        String word = toneMarks ? syllables : TONELESS.transliterate(syllables);
        return !capitalized || word.isEmpty()
                ? word
                : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    static String traditional(String chinese) {
        return TRADITIONAL.transliterate(chinese);
    }

    private static Map<String, String> kazakh() {
        Map<String, String> letters = new HashMap<>(SyntheticPopulation.TO_CYRILLIC);
        letters.put("j", "ж");
        letters.put("u", "ұ");
        letters.put("i", "і");
        letters.put("w", "у");
        letters.put("é", "е");
        return Map.copyOf(letters);
    }
}
