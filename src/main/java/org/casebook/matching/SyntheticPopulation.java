package org.casebook.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates synthetic persons with known duplicate groups: the same person written in Uyghur Latin, a Turkish
 * or English press romanization, Uyghur Arabic script, Cyrillic or Chinese characters, with realistic noise
 * (typos, a dropped father's name, an added -jan, reordered words, birth years off by one or unknown).
 * Deterministic for a seed, so evaluations can be repeated.
 */
public final class SyntheticPopulation {
    public enum Form {
        uly,
        turkish,
        english,
        arabic,
        cyrillic,
        chinese,
        /** The Arabic-language press: Arabic orthography, short vowels left out, g as ج, عبد ال for Abdu-. */
        arabic_press,
        /** Hanyu Pinyin of the Chinese form, each name part run together, with or without tone marks. */
        pinyin,
        /**
         * Hanyu Pinyin a syllable at a time, as tools converting character by character write it: the parts apart by
         * the Chinese form's interpunct, or by a capital on each part's first syllable; with or without tone marks.
         */
        pinyin_spaced,
        /** The Chinese form in traditional characters, with another interpunct. */
        traditional,
        /** Kazakh Cyrillic, as Kazakh-language sources write names. */
        kazakh;

        /** The forms of the first evaluation, which its targets are set on; the others are reported beside them. */
        static final List<Form> FIRST = List.of(uly, turkish, english, arabic, cyrillic, chinese);

        /** Whether a pair of forms (as "a→b" or "a–b") has only forms of the first evaluation. */
        static boolean amongFirst(String pair) {
            return named(pair).allMatch(FIRST::contains);
        }

        /** Whether a pair is held to the recall target: forms of the first evaluation, and no Chinese. */
        static boolean heldToRecallTarget(String pair) {
            return amongFirst(pair) && named(pair).noneMatch(f -> f == chinese);
        }

        private static Stream<Form> named(String pair) {
            return Arrays.stream(pair.split("[^a-z_]+"))
                    .filter(name -> !name.isEmpty())
                    .map(Form::valueOf);
        }
    }

    /**
     * One generated record; {@code group} is the true person it belongs to. {@code nationalId}: the person's
     * number where the record gives it (a police list in Chinese more often than a relative's report), else null.
     */
    public record Record(
            int index,
            int group,
            Form form,
            String name,
            String gender,
            Integer birthYear,
            String hometown,
            String nationalId) {}

    private record GivenName(String latin, boolean male, String chinese) {}

    static final List<String> HOMETOWNS =
            List.of("Kashgar", "Hotan", "Ürümqi", "Ghulja", "Aksu", "Turpan", "Korla", "Atush");
    private static final List<GivenName> NAMES = load();
    private static final Map<String, String> TO_ARABIC = Map.ofEntries(
            Map.entry("ch", "چ"),
            Map.entry("gh", "غ"),
            Map.entry("ng", "ڭ"),
            Map.entry("sh", "ش"),
            Map.entry("zh", "ژ"),
            Map.entry("a", "ا"),
            Map.entry("b", "ب"),
            Map.entry("d", "د"),
            Map.entry("e", "ە"),
            Map.entry("é", "ې"),
            Map.entry("f", "ف"),
            Map.entry("g", "گ"),
            Map.entry("h", "ھ"),
            Map.entry("i", "ى"),
            Map.entry("j", "ج"),
            Map.entry("k", "ك"),
            Map.entry("l", "ل"),
            Map.entry("m", "م"),
            Map.entry("n", "ن"),
            Map.entry("o", "و"),
            Map.entry("ö", "ۆ"),
            Map.entry("p", "پ"),
            Map.entry("q", "ق"),
            Map.entry("r", "ر"),
            Map.entry("s", "س"),
            Map.entry("t", "ت"),
            Map.entry("u", "ۇ"),
            Map.entry("ü", "ۈ"),
            Map.entry("w", "ۋ"),
            Map.entry("x", "خ"),
            Map.entry("y", "ي"),
            Map.entry("z", "ز"));
    static final Map<String, String> TO_CYRILLIC = Map.ofEntries(
            Map.entry("ch", "ч"),
            Map.entry("gh", "ғ"),
            Map.entry("ng", "ң"),
            Map.entry("sh", "ш"),
            Map.entry("zh", "ж"),
            Map.entry("a", "а"),
            Map.entry("b", "б"),
            Map.entry("d", "д"),
            Map.entry("e", "ә"),
            Map.entry("é", "е"),
            Map.entry("f", "ф"),
            Map.entry("g", "г"),
            Map.entry("h", "һ"),
            Map.entry("i", "и"),
            Map.entry("j", "җ"),
            Map.entry("k", "к"),
            Map.entry("l", "л"),
            Map.entry("m", "м"),
            Map.entry("n", "н"),
            Map.entry("o", "о"),
            Map.entry("ö", "ө"),
            Map.entry("p", "п"),
            Map.entry("q", "қ"),
            Map.entry("r", "р"),
            Map.entry("s", "с"),
            Map.entry("t", "т"),
            Map.entry("u", "у"),
            Map.entry("ü", "ү"),
            Map.entry("w", "в"),
            Map.entry("x", "х"),
            Map.entry("y", "й"),
            Map.entry("z", "з"));

    private final Random random;
    /** Its own stream, so that numbers leave every other drawn value as it was. */
    private final Random numbers;

    private final List<Form> forms;

    public SyntheticPopulation(long seed) {
        this(seed, false);
    }

    /** @param otherForms also the forms other sources write (Arabic press, pinyin, traditional, Kazakh) */
    public SyntheticPopulation(long seed, boolean otherForms) {
        this.random = new Random(seed);
        this.numbers = new Random(seed ^ 0x6531L);
        this.forms = otherForms ? List.of(Form.values()) : Form.FIRST;
    }

    /** About {@code n} records; roughly 40% of true persons have two to four records. */
    public List<Record> generate(int n) {
        List<Record> records = new ArrayList<>(n);
        int group = 0;
        while (records.size() < n) {
            boolean male = random.nextInt(100) < 55;
            List<GivenName> pool = NAMES.stream().filter(g -> g.male() == male).toList();
            List<GivenName> fathers = NAMES.stream().filter(GivenName::male).toList();
            List<GivenName> tokens = new ArrayList<>(List.of(pick(pool), pick(fathers)));
            if (random.nextInt(100) < 60) {
                tokens.add(pick(fathers));
            }
            int born = 1940 + random.nextInt(66);
            String hometown = HOMETOWNS.get(random.nextInt(HOMETOWNS.size()));
            int copies = switch (random.nextInt(20)) {
                case 0 -> 4;
                case 1, 2 -> 3;
                case 3, 4, 5, 6, 7 -> 2;
                default -> 1;
            };
            List<Form> forms = new ArrayList<>(this.forms);
            Collections.shuffle(forms, random);
            for (int c = 0; c < copies && records.size() < n; c++) {
                Form form = forms.get(c);
                boolean variant = c > 0;
                List<GivenName> written = new ArrayList<>(tokens);
                if (variant && written.size() > 2 && random.nextInt(100) < 30) {
                    written.removeLast();
                }
                if (variant && random.nextInt(100) < 8) {
                    written.remove(1);
                }
                if (variant && written.size() > 1 && random.nextInt(100) < 5) {
                    Collections.swap(written, 0, 1);
                }
                String name = render(written, form, variant, male);
                Integer year = variant && random.nextInt(100) < 25
                        ? null
                        : variant && random.nextInt(100) < 20 ? born + (random.nextBoolean() ? 1 : -1) : born;
                String town = variant && random.nextInt(100) < 30 ? null : hometown;
                boolean givesNumber = numbers.nextInt(100)
                        < (form == Form.chinese || form == Form.pinyin || form == Form.pinyin_spaced ? 50 : 5);
                records.add(new Record(
                        records.size(),
                        group,
                        form,
                        name,
                        male ? "male" : "female",
                        year,
                        town,
                        givesNumber ? nationalId(group, born) : null));
            }
            group++;
        }
        return records;
    }

    /** A number unique to the true person, in the shape of a Xinjiang resident number; synthetic, it is no one's. */
    static String nationalId(int group, int born) {
        return "6531%d%08d".formatted(born, group);
    }

    private GivenName pick(List<GivenName> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private String render(List<GivenName> tokens, Form form, boolean noisy, boolean male) {
        List<String> words = new ArrayList<>();
        boolean spaced = form == Form.pinyin_spaced;
        boolean toneMarks = spaced && random.nextBoolean();
        boolean interpunct = spaced && random.nextBoolean();
        for (int i = 0; i < tokens.size(); i++) {
            GivenName token = tokens.get(i);
            String latin = token.latin();
            if (noisy && i == 0 && male && !latin.endsWith("jan") && random.nextInt(100) < 8) {
                latin = latin + "jan";
            }
            words.add(
                    switch (form) {
                        case uly -> capitalize(typo(latin, noisy));
                        case turkish -> capitalize(typo(turkish(latin), noisy));
                        case english -> capitalize(typo(english(latin), noisy));
                        case arabic -> spell(latin, TO_ARABIC, true);
                        case cyrillic -> capitalize(spell(latin, TO_CYRILLIC, false));
                        case chinese ->
                            token.chinese()
                                    + (latin.endsWith("jan") && !token.latin().endsWith("jan") ? "江" : "");
                        case arabic_press -> OtherForms.arabicPress(latin);
                        case pinyin -> OtherForms.pinyin(token.chinese(), random.nextBoolean());
                        case pinyin_spaced -> OtherForms.pinyinSyllables(token.chinese(), toneMarks, !interpunct);
                        case traditional -> OtherForms.traditional(token.chinese());
                        case kazakh -> capitalize(spell(latin, OtherForms.KAZAKH, false));
                    });
        }
        String between = switch (form) {
            case chinese -> "·";
            case traditional -> random.nextBoolean() ? "‧" : "・";
            case pinyin_spaced -> interpunct ? " · " : " ";
            default -> " ";
        };
        return String.join(between, words);
    }

    private String typo(String word, boolean noisy) {
        if (!noisy || word.length() < 5 || random.nextInt(100) >= 10) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    /** Turkish press spelling: Memet → Mehmet, Ehmet → Ahmet, q → k, x → h, sh → ş, ch → ç, j → c, w → v. */
    static String turkish(String uly) {
        String s = switch (uly) {
            case "memet" -> "mehmet";
            case "ehmet" -> "ahmet";
            case "hesen" -> "hasan";
            case "abdurehim" -> "abdürrahim";
            case "yusup" -> "yusuf";
            case "mahmut" -> "mahmut";
            default -> uly;
        };
        return s.replace("sh", "ş")
                .replace("ch", "ç")
                .replace("gh", "ğ")
                .replace("q", "k")
                .replace("x", "h")
                .replace("j", "c")
                .replace("w", "v")
                .replace("é", "e");
    }

    /** English press spelling: q → k, x → kh, é → e. */
    static String english(String uly) {
        return uly.replace("q", "k").replace("x", "kh").replace("é", "e");
    }

    static String spell(String uly, Map<String, String> letters, boolean arabic) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < uly.length(); ) {
            String two = i + 2 <= uly.length() ? uly.substring(i, i + 2) : null;
            String one = uly.substring(i, i + 1);
            boolean vowel = "aeéioöuü".contains(one);
            if (arabic && vowel && (i == 0 || "aeéioöuü".contains(uly.substring(i - 1, i)))) {
                out.append('ئ');
            }
            if (two != null && letters.containsKey(two)) {
                out.append(letters.get(two));
                i += 2;
            } else {
                out.append(letters.getOrDefault(one, one));
                i++;
            }
        }
        return out.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static List<GivenName> load() {
        List<GivenName> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SyntheticPopulation.class.getResourceAsStream("/matching/synthetic-names.tsv"),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    names.add(new GivenName(f[0], f[1].equals("m"), f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
