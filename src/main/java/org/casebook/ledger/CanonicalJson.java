package org.casebook.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * One byte sequence per record version, so that a revision can be hashed and the hash recomputed by anyone:
 * object keys sorted by UTF-16 code units (as RFC 8785), no white space, strings escaped minimally, integers
 * as digits, decimals in plain notation without trailing zeros, dates as ISO 8601, enums by name.
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    public static String write(Map<String, ?> object) {
        StringBuilder out = new StringBuilder(256);
        value(out, object);
        return out.toString();
    }

    private static void value(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(out, s);
            case Boolean b -> out.append(b);
            case Integer i -> out.append(i);
            case Long l -> out.append(l);
            case Double d -> decimal(out, BigDecimal.valueOf(d));
            case BigDecimal d -> decimal(out, d);
            case LocalDate date -> string(out, date.toString());
            case Enum<?> e -> string(out, e.name());
            case Raw raw -> out.append(raw.canonicalJson());
            case Map<?, ?> map -> object(out, map);
            case Collection<?> list -> array(out, list);
            case Object[] array -> array(out, Arrays.asList(array));
            default ->
                throw new IllegalArgumentException(
                        "No canonical form for " + value.getClass().getName());
        }
    }

    /** JSON that is already canonical (a stored revision's content), embedded as it is. */
    public record Raw(String canonicalJson) {}

    /** An object's members, each value written once, to be written as the object alone or with more members. */
    public static Members members(Map<String, ?> object) {
        String[] keys = sortedKeys(object);
        String[] values = new String[keys.length];
        StringBuilder one = new StringBuilder(32);
        for (int i = 0; i < keys.length; i++) {
            if (object.get(keys[i]) instanceof Raw raw) {
                values[i] = raw.canonicalJson();
            } else {
                one.setLength(0);
                value(one, object.get(keys[i]));
                values[i] = one.toString();
            }
        }
        return new Members(keys, values);
    }

    /**
     * Written members: the ledger writes a revision's fields for its seal and again, with two members more, for its
     * leaf; the values are written once for both.
     */
    public static final class Members {
        private final String[] keys;
        private final String[] values;

        private Members(String[] keys, String[] values) {
            this.keys = keys;
            this.values = values;
        }

        /** The same text as {@link CanonicalJson#write} of the object. */
        public String write() {
            return with(new Members(new String[0], new String[0]));
        }

        /**
         * The same text as {@link CanonicalJson#write} of the object with {@code more} put into it (a key of both
         * takes the value in {@code more}).
         */
        public String with(Map<String, ?> more) {
            return with(members(more));
        }

        private String with(Members more) {
            int length = 2;
            for (String v : values) {
                length += v.length() + 16;
            }
            for (String v : more.values) {
                length += v.length() + 16;
            }
            StringBuilder out = new StringBuilder(length);
            out.append('{');
            int i = 0;
            int j = 0;
            while (i < keys.length || j < more.keys.length) {
                int order = i == keys.length ? 1 : j == more.keys.length ? -1 : keys[i].compareTo(more.keys[j]);
                if (out.length() > 1) {
                    out.append(',');
                }
                if (order < 0) {
                    member(out, keys[i], values[i++]);
                } else {
                    i += order == 0 ? 1 : 0;
                    member(out, more.keys[j], more.values[j++]);
                }
            }
            return out.append('}').toString();
        }

        private static void member(StringBuilder out, String key, String value) {
            string(out, key);
            out.append(':').append(value);
        }
    }

    private static void decimal(StringBuilder out, BigDecimal d) {
        if (d.signum() == 0) {
            out.append('0');
        } else {
            out.append(d.stripTrailingZeros().toPlainString());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        String[] keys = sortedKeys(map);
        out.append('{');
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, keys[i]);
            out.append(':');
            value(out, map.get(keys[i]));
        }
        out.append('}');
    }

    private static String[] sortedKeys(Map<?, ?> map) {
        // Sorted in an array, not a TreeMap per object: the ledger writes millions of these during an import.
        String[] keys = new String[map.size()];
        int n = 0;
        for (Object key : map.keySet()) {
            keys[n++] = (String) key;
        }
        Arrays.sort(keys);
        return keys;
    }

    private static void array(StringBuilder out, Collection<?> list) {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            value(out, item);
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        int plain = 0;
        while (plain < s.length() && s.charAt(plain) >= 0x20 && s.charAt(plain) != '"' && s.charAt(plain) != '\\') {
            plain++;
        }
        out.append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
