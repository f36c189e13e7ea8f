package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlainPatternTest {
    @Test
    void fillsEveryPlainMessageOfEveryBundleAsIcuDoes() {
        int plain = 0;
        for (String family : List.of(Texts.BUNDLE, Texts.APP_BUNDLE)) {
            for (Language language : Language.values()) {
                ResourceBundle bundle = Texts.bundle(family, language);
                for (String key : bundle.keySet()) {
                    String pattern = bundle.getString(key);
                    PlainPattern parsed = PlainPattern.of(pattern);
                    if (parsed == null) {
                        continue;
                    }
                    plain++;
                    Map<String, Object> values = new HashMap<>();
                    new MessageFormat(pattern, ULocale.forLocale(language.locale()))
                            .getArgumentNames()
                            .forEach(name -> values.put(name, "«" + name + " $1 \\ {x} عبد»"));
                    Object[] pairs = values.entrySet().stream()
                            .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                            .toArray();
                    assertThat(parsed.fill(pairs))
                            .as(family + " " + language + " " + key)
                            .isEqualTo(new MessageFormat(pattern, ULocale.forLocale(language.locale())).format(values));
                }
            }
        }
        assertThat(plain).as("messages filled without ICU").isGreaterThan(500);
    }

    @Test
    void writesWholeNumbersAsIcuDoesInEveryLanguage() {
        Random random = new Random(20190213);
        int written = 0;
        for (Language language : Language.values()) {
            ULocale locale = ULocale.forLocale(language.locale());
            Optional<Numerals> numerals = Numerals.of(locale);
            if (numerals.isEmpty()) {
                continue;
            }
            written++;
            PlainPattern plain = PlainPattern.of("version {version}", numerals.get());
            for (int i = 0; i < 20_000; i++) {
                long number = i < 2_000 ? i - 1_000 : random.nextLong() >> random.nextInt(64);
                Object value = i % 2 == 0 && number == (int) number ? (Object) (int) number : (Object) number;
                assertThat(plain.fill("version", value))
                        .as(language + " " + number)
                        .isEqualTo(new MessageFormat("version {version}", locale).format(Map.of("version", value)));
            }
        }
        assertThat(written)
                .as("languages whose numbers are written without ICU")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void leavesNumbersPluralsQuotesAndMissingValuesToIcu() {
        assertThat(PlainPattern.of("{count, plural, one {# file} other {# files}}"))
                .isNull();
        assertThat(PlainPattern.of("It''s {name}")).isNull();
        assertThat(PlainPattern.of("'{name}'")).isNull();
        assertThat(PlainPattern.of("Casebook's log: {name}").fill("name", "Heyit's"))
                .as("an apostrophe before a letter is itself")
                .isEqualTo(new MessageFormat("Casebook's log: {name}").format(Map.of("name", "Heyit's")));
        assertThat(PlainPattern.of("{0} and {name}")).isNull();
        assertThat(PlainPattern.of("a } alone")).isNull();
        PlainPattern plain = PlainPattern.of("{name} was seen in {place}.");
        assertThat(plain.fill("name", "Heyit", "place", "Ürümchi")).isEqualTo("Heyit was seen in Ürümchi.");
        assertThat(plain.fill("name", "Heyit")).as("a value missing").isNull();
        assertThat(plain.fill("name", "Heyit", "place", 3))
                .as("a number, without numerals")
                .isNull();
        assertThat(plain.fill("name", "Heyit", "place", 2.5)).as("a fraction").isNull();
        assertThat(PlainPattern.of("No placeholder").fill()).isEqualTo("No placeholder");
    }
}
