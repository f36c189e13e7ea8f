package org.casebook.lists;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a status cell says happened to the person, as the claim type it becomes: "detained", 收押, gözaltı, қамалған
 * and the rest. The words a list uses are the list's, and the claim keeps them as its quote; this only decides the
 * type. The state's own words for the camps ("study", "training") are taken as detention, as the claim types say.
 */
public final class ListStatuses {
    private static final Map<String, String> WORDS = words();

    private ListStatuses() {}

    /** The claim type code a status cell names, if it names one. */
    public static Optional<String> claimType(String cell) {
        return cell == null ? Optional.empty() : Optional.ofNullable(WORDS.get(ListColumns.key(cell)));
    }

    private static Map<String, String> words() {
        Map<String, String> words = new HashMap<>();
        put(
                words,
                "detained",
                "detained",
                "arrested",
                "incustody",
                "拘留",
                "被拘留",
                "刑拘",
                "收押",
                "羁押",
                "关押",
                "逮捕",
                "收容",
                "教培",
                "学习",
                "在押",
                "gözaltı",
                "gozalti",
                "tutuklu",
                "tutuklandı",
                "قولغائېلىنغان",
                "تۇتۇلغان",
                "لاگېردا",
                "задержан",
                "арестован",
                "ұсталған",
                "қамалған");
        put(
                words,
                "sentenced",
                "sentenced",
                "imprisoned",
                "判刑",
                "判处",
                "已判",
                "服刑",
                "mahkum",
                "hükümgiydi",
                "كېسىلگەن",
                "قاماقجازاسى",
                "осужден",
                "осуждён",
                "сотталған");
        put(
                words,
                "released",
                "released",
                "freed",
                "释放",
                "结业",
                "已释放",
                "serbest",
                "serbestbırakıldı",
                "قويۇپبېرىلگەن",
                "освобожден",
                "освобождён",
                "босатылған");
        put(
                words,
                "died",
                "died",
                "dead",
                "deceased",
                "死亡",
                "去世",
                "已故",
                "öldü",
                "vefat",
                "vefatetti",
                "ۋاپاتبولغان",
                "ئۆلگەن",
                "умер",
                "погиб",
                "қайтысболды");
        put(words, "alive", "alive", "seenalive", "在世", "健在", "hayatta", "ھايات", "жив", "тірі");
        put(words, "no_contact", "nocontact", "失联", "haberalınamıyor", "ئالاقەيوق", "нетсвязи", "байланысжоқ");
        put(
                words,
                "disappeared",
                "disappeared",
                "missing",
                "失踪",
                "下落不明",
                "kayıp",
                "يوقاپكەتكەن",
                "пропал",
                "пропалбезвести",
                "хабарсызкеткен");
        put(
                words,
                "travel_restricted",
                "travelrestricted",
                "passportconfiscated",
                "限制出境",
                "pasaportelinanalındı",
                "паспортизъят");
        return Map.copyOf(words);
    }

    private static void put(Map<String, String> words, String type, String... cells) {
        for (String cell : cells) {
            words.put(ListColumns.key(cell), type);
        }
    }
}
