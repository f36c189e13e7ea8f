package org.casebook.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;

/** Script detection and the folded form used to find a name by any part of it. */
public final class NameScripts {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private NameScripts() {}

    /**
     * The ISO 15924 code of the script most letters of the name are written in ("Zyyy" when there are none).
     * Han covers the Chinese characters of a name, whatever ICU reports for individual ideographs.
     */
    public static String detect(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> UScript.getShortName(e.getKey()))
                .orElse("Zyyy");
    }

    /**
     * Case- and compatibility-folded, with accents dropped from Latin letters only: Arabic-script letters such as
     * ئ decompose into a base and a mark, and must keep it.
     */
    public static String fold(String text) {
        String decomposed = NFD.normalize(NFKC_CASEFOLD.normalize(text));
        StringBuilder out = new StringBuilder(decomposed.length());
        int previousScript = UScript.COMMON;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
            if (mark && previousScript == UScript.LATIN) {
                continue;
            }
            if (!mark) {
                previousScript = script;
            }
            out.appendCodePoint(cp == 'ı' ? 'i' : cp);
        }
        return NFC.normalize(out);
    }
}
