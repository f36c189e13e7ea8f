package org.casebook.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transliteration table kept as a resource file (from TAB to, one rule per line, # comments), applied left to
 * right with the longest matching rule winning; text no rule matches is kept as it is.
 */
final class RuleTable {
    private final Map<String, String> rules = new HashMap<>();
    /** The rules' sources in the file's order. */
    private final List<String> sources = new ArrayList<>();
    /** The characters a rule starts with: most of a name's letters start none, and are passed without a lookup. */
    private final BitSet starts = new BitSet();

    private int longest;

    static RuleTable load(String resource) {
        RuleTable table = new RuleTable();
        try (InputStream in = RuleTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(resource + ": not a rule: " + line);
                }
                String from = line.substring(0, tab);
                if (table.rules.putIfAbsent(from, line.substring(tab + 1)) != null) {
                    throw new IllegalStateException(resource + ": two rules for " + from);
                }
                table.sources.add(from);
                table.starts.set(from.charAt(0));
                table.longest = Math.max(table.longest, from.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    String apply(String text) {
        int i = 0;
        while (i < text.length() && !starts.get(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, i);
        while (i < text.length()) {
            if (!starts.get(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            boolean matched = false;
            for (int length = Math.min(longest, text.length() - i); length > 0; length--) {
                String to = rules.get(text.substring(i, i + length));
                if (to != null) {
                    out.append(to);
                    i += length;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    String get(String key) {
        return rules.get(key);
    }

    /** What each rule reads, in the order of the file (its first rules are the commonest, where it says so). */
    List<String> sources() {
        return List.copyOf(sources);
    }

    int size() {
        return rules.size();
    }
}
