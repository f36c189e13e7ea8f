package org.casebook.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casebook.records.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdsTest {
    // The 18-character numbers are made up for the test (region 653101, born 1970-01-01), check characters
    // worked out by hand with the ISO 7064 MOD 11-2 weights.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "653101197001010014|653101197001010014",
                "653101 19700101 0014|653101197001010014",
                "65310119700101009x|65310119700101009X",
                "N1234567|N1234567",
                "123-456-789|123456789",
            })
    void numbersAreComparedInOneForm(String written, String compared) {
        assertThat(NationalIds.normalize(written)).isEqualTo(compared);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "653101197001010015|does not fit",
                "653101197001010024|does not fit",
                "12|4 to 32",
                "abc!def|4 to 32",
            })
    void aMistypedOrMalformedNumberIsRefusedWithoutRepeatingIt(String written, String message) {
        assertThatThrownBy(() -> NationalIds.normalize(written))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining(written);
    }
}
