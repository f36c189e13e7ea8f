package org.casebook.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A leaf's bytes are what anyone re-hashes to check the log: writing a revision's fields once for its seal and its
 * leaf must give byte for byte what writing the whole entry gives.
 */
class LedgerEntryTest {
    private static final String[] KEYS = {
        "a",
        "action",
        "content",
        "entryType",
        "leafIndex",
        "reason",
        "Z",
        "zz",
        "é",
        "ئا",
        "\uD83D\uDE00",
        "\uFB01",
        "recordId",
        "",
        "a\"b",
        "leafIndeX"
    };

    @Test
    void aRevisionsLeafIsItsFieldsWithItsTypeAndPlace() {
        Map<String, Object> fields = RevisionEntries.of(
                7,
                "person",
                3,
                2,
                "update",
                "documenter \"A\"",
                null,
                Instant.parse("2019-02-13T10:00:00.123456Z"),
                "{\"names\":[\"ئابدۇرېھىم ھېيىت\"],\"status\":\"contested\"}");
        assertThat(new String(LedgerEntry.encode("revision", 41, fields), StandardCharsets.UTF_8))
                .isEqualTo("{\"action\":\"update\",\"actor\":\"documenter \\\"A\\\"\","
                        + "\"content\":{\"names\":[\"ئابدۇرېھىم ھېيىت\"],\"status\":\"contested\"},"
                        + "\"entryType\":\"revision\",\"leafIndex\":41,\"reason\":null,\"recordId\":3,"
                        + "\"recordType\":\"person\",\"recordedAt\":\"2019-02-13T10:00:00.123456Z\","
                        + "\"revisionId\":7,\"version\":2}");
        assertThat(CanonicalJson.members(fields).write()).isEqualTo(CanonicalJson.write(fields));
    }

    @Test
    void membersWrittenOnceGiveTheSameTextAsTheWholeObject() {
        Random random = new Random(20190213);
        for (int round = 0; round < 2_000; round++) {
            Map<String, Object> object = randomObject(random);
            Map<String, Object> more = randomObject(random);
            Map<String, Object> both = new LinkedHashMap<>(object);
            both.putAll(more);
            CanonicalJson.Members members = CanonicalJson.members(object);
            assertThat(members.write()).isEqualTo(CanonicalJson.write(object));
            assertThat(members.with(more)).isEqualTo(CanonicalJson.write(both));
            assertThat(LedgerEntry.encode("revision", round, members))
                    .isEqualTo(entryAsAWhole("revision", round, object));
        }
    }

    /** The leaf's bytes as they were first defined: the fields, the type and the place put together, then written. */
    private static byte[] entryAsAWhole(String type, long index, Map<String, Object> fields) {
        Map<String, Object> entry = new LinkedHashMap<>(fields);
        entry.put("entryType", type);
        entry.put("leafIndex", index);
        return CanonicalJson.write(entry).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> randomObject(Random random) {
        Map<String, Object> object = new HashMap<>();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            object.put(KEYS[random.nextInt(KEYS.length)], randomValue(random, 2));
        }
        return object;
    }

    private static Object randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0 -> null;
            case 1 -> "x\n\"" + (char) random.nextInt(0x700);
            case 2 -> random.nextLong();
            case 3 -> random.nextBoolean();
            case 4 -> LocalDate.ofEpochDay(random.nextInt(30_000));
            case 5 -> new CanonicalJson.Raw("{\"k\":[" + random.nextInt() + "]}");
            case 6 -> random.nextDouble() * 100;
            case 7 -> randomObject(random);
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    list.add(randomValue(random, depth - 1));
                }
                yield list;
            }
        };
    }
}
