package org.casebook.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** The SHA-1 test vectors of RFC 6238, appendix B (8 digits). */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesTheRfc6238Vectors(long seconds, String expected) {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8, "HmacSHA1"))
                .isEqualTo(expected);
    }

    @Test
    void base32RoundTripsAndSixDigitCodesAreTheRfcCodesTruncated() {
        String secret = Totp.base32(RFC_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.unbase32(secret)).isEqualTo(RFC_KEY);
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void acceptsOneStepOfDriftAndRefusesReplaysAndOtherCodes() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-27T12:00:10Z");
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, 0)).isEqualTo(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0))
                .isEqualTo(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, 0))
                .isEqualTo(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, 0))
                .isEqualTo(-1);
        // A code already used (its step at or before the last one accepted) is refused.
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, step))
                .isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12345", now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, null, now, 0)).isEqualTo(-1);
    }
}
