package org.casebook.names;

import com.ibm.icu.text.Transliterator;

/**
 * Chinese characters to the Uyghur sounds they transcribe: the table first, then pinyin (ICU
 * {@code Han-Latin/Names}) adjusted to Uyghur values — pinyin x is close to Uyghur sh, q to ch, zh and j to j,
 * c to ts, and a final syllable's vowel after t, d, k, m is usually only there for Chinese (提 ti = t).
 */
final class HanToUyghur {
    static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Lower");
    static final RuleTable TABLE = RuleTable.load("/names/han-to-uyghur.tsv");

    private HanToUyghur() {}

    static String sounds(String han) {
        StringBuilder out = new StringBuilder();
        han.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            String sound = TABLE.get(ch);
            out.append(
                    sound != null ? sound : fromPinyin(PINYIN.transliterate(ch).strip()));
        });
        // 古丽 closing a name is the suffix -gul, whose final i only Chinese needs (米日古丽 = Mihrigul).
        if (han.endsWith("古丽") && out.toString().endsWith("guli")) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    static String fromPinyin(String syllable) {
        return syllable.replaceAll("^x", "sh")
                .replaceAll("^q", "ch")
                .replaceAll("^zh", "j")
                .replaceAll("^c(?!h)", "ts")
                .replace("v", "u");
    }

    static int tableSize() {
        return TABLE.size();
    }
}
