package org.casebook.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facility names meet across scripts through the names code: one key for a name however it is written. */
class FacilityNamesTest {
    private static String key(String name) {
        return FacilityService.keys(List.of(new FacilityName(name, null)))
                .iterator()
                .next();
    }

    @Test
    void aPlaceNameInLatinUyghurAndCyrillicScriptsHasOneKey() {
        assertThat(key("Dabancheng"))
                .isEqualTo(key("دابانچېڭ"))
                .isEqualTo(key("Дабанчэң"))
                .isEqualTo(key("达坂城"));
        assertThat(key("  Yengi  Bagh ")).isEqualTo(key("Yengi·Bagh")).isEqualTo(key("يېڭى باغ"));
    }

    @Test
    void differentNamesHaveDifferentKeys() {
        assertThat(key("Dabancheng")).isNotEqualTo(key("Dawanching"));
    }

    @Test
    void theLanguageIsTakenFromTheScriptWhenNotGiven() {
        assertThat(FacilityEdits.langOf("达坂城")).isEqualTo("zh");
        assertThat(FacilityEdits.langOf("دابانچېڭ")).isEqualTo("ug");
        assertThat(FacilityEdits.langOf("Dabancheng")).isEqualTo("en");
    }
}
