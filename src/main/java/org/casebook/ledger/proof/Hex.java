package org.casebook.ledger.proof;

import java.util.HexFormat;

public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {}

    public static String of(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** Decodes lower- or upper-case hex; anything else is malformed input, not a failed proof. */
    public static byte[] parse(String hex) {
        String s = hex.strip();
        if (s.length() % 2 != 0 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("not hex: " + (s.length() > 80 ? s.substring(0, 80) + "…" : s));
        }
        return HEX.parseHex(s.toLowerCase());
    }

    public static byte[] hash32(String hex) {
        byte[] bytes = parse(hex);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a SHA-256 hash is 32 bytes (64 hex digits), got " + bytes.length);
        }
        return bytes;
    }
}
