package org.casebook.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    @Test
    void sortsKeysAndWritesNoWhiteSpace() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 1);
        a.put("a", List.of("x", true));
        Map<String, Object> b = new HashMap<>();
        b.put("a", List.of("x", true));
        b.put("b", 1);
        assertThat(CanonicalJson.write(a))
                .isEqualTo("{\"a\":[\"x\",true],\"b\":1}")
                .isEqualTo(CanonicalJson.write(b));
    }

    @Test
    void escapesMinimallyAndKeepsNonAsciiText() {
        Map<String, Object> m = new HashMap<>();
        m.put("name", "ئابدۇرېھىم \"Heyit\"\n\u0001");
        assertThat(CanonicalJson.write(m)).isEqualTo("{\"name\":\"ئابدۇرېھىم \\\"Heyit\\\"\\n\\u0001\"}");
    }

    @Test
    void writesNullsDatesDecimalsAndEnumsOneWay() {
        Map<String, Object> m = new HashMap<>();
        m.put("date", LocalDate.of(2019, 2, 10));
        m.put("lat", 39.470);
        m.put("zero", 0.0);
        m.put("none", null);
        m.put("type", RecordType.claim);
        m.put("list", Arrays.asList(1L, null));
        assertThat(CanonicalJson.write(m))
                .isEqualTo(
                        "{\"date\":\"2019-02-10\",\"lat\":39.47,\"list\":[1,null],\"none\":null,\"type\":\"claim\",\"zero\":0}");
    }

    @Test
    void refusesValuesWithoutACanonicalForm() {
        Map<String, Object> m = Map.of("x", new Object());
        assertThatThrownBy(() -> CanonicalJson.write(m)).isInstanceOf(IllegalArgumentException.class);
    }
}
