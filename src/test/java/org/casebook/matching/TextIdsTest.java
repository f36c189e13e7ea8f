package org.casebook.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextIdsTest {
    @Test
    void eachTextIsNumberedOnceInTheOrderFirstGiven() {
        TextIds ids = new TextIds();
        assertThat(ids.id("id:KZ10000000001")).isZero();
        assertThat(ids.id("name:abdurehim heyit/1962")).isEqualTo(1);
        assertThat(ids.id("id:KZ10000000001")).isZero();
        assertThat(ids.find("name:abdurehim heyit/1962")).isEqualTo(1);
        assertThat(ids.find("name:abdurehim heyit/1963")).isEqualTo(-1);
        assertThat(ids.size()).isEqualTo(2);
    }

    @Test
    void textsInEveryScriptComeBackAsGiven() {
        TextIds ids = new TextIds();
        String[] texts = {"ئابدۇرېھىم ھېيت", "阿不都热依木·海依提", "Абдурехим Хейит", "", "Heyit"};
        for (String text : texts) {
            ids.id(text);
        }
        for (int i = 0; i < texts.length; i++) {
            assertThat(ids.text(i)).isEqualTo(texts[i]);
            assertThat(ids.find(texts[i])).isEqualTo(i);
        }
        assertThatThrownBy(() -> ids.text(texts.length)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void textsWithTheSameHashAreTwoAndManyTextsGrowTheTable() {
        TextIds ids = new TextIds();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(ids.id("Aa")).isNotEqualTo(ids.id("BB"));
        for (int i = 0; i < 200_000; i++) {
            assertThat(ids.id("key " + i)).isEqualTo(i + 2);
        }
        assertThat(ids.find("key 123456")).isEqualTo(123_458);
        assertThat(ids.text(123_458)).isEqualTo("key 123456");
        assertThat(ids.find("BB")).isEqualTo(1);
        assertThat(ids.size()).isEqualTo(200_002);
    }
}
