package org.casebook.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casebook.estimation.EstimationRefused;
import org.casebook.source.Party;
import org.casebook.source.SourceKind;
import org.casebook.source.SourceTallies;

/**
 * One list for estimation, made of sources: {@code NAME=source:12,kind:leak,party:state}. A source belongs to the list
 * when any selector matches it; a person is on the list when a claim about them comes from one of its sources.
 */
public record ListDefinition(String name, List<String> selectors) {
    public static final int MAX_SELECTORS = 50;

    public ListDefinition {
        if (name == null || !name.matches("[\\p{L}\\p{N}_ .-]{1,40}")) {
            throw EstimationRefused.malformed("listName");
        }
        if (selectors == null || selectors.isEmpty() || selectors.size() > MAX_SELECTORS) {
            throw EstimationRefused.malformed("selectorCount", "list", name, "max", String.valueOf(MAX_SELECTORS));
        }
        selectors.forEach(ListDefinition::check);
        selectors = List.copyOf(selectors);
    }

    /** {@code NAME=selector,selector}, as the command line takes it. */
    public static ListDefinition parse(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw EstimationRefused.malformed("listSyntax", "text", text);
        }
        List<String> selectors = new ArrayList<>();
        for (String selector : text.substring(equals + 1).split(",")) {
            if (!selector.isBlank()) {
                selectors.add(selector.strip());
            }
        }
        return new ListDefinition(text.substring(0, equals).strip(), selectors);
    }

    boolean matches(SourceTallies.SourceTally source) {
        for (String selector : selectors) {
            String[] kv = selector.split(":", 2);
            boolean match = switch (kv[0]) {
                case "source" -> Long.parseLong(kv[1]) == source.id();
                case "kind" -> source.kind().name().equals(kv[1]);
                default -> source.party().name().equals(kv[1]);
            };
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static void check(String selector) {
        String[] kv = selector.split(":", 2);
        boolean ok = kv.length == 2
                && switch (kv[0].toLowerCase(Locale.ROOT)) {
                    case "source" -> kv[1].matches("[0-9]{1,18}");
                    case "kind" -> isCode(SourceKind.class, kv[1]);
                    case "party" -> isCode(Party.class, kv[1]);
                    default -> false;
                };
        if (!ok || !kv[0].equals(kv[0].toLowerCase(Locale.ROOT))) {
            throw EstimationRefused.malformed("selector", "selector", selector);
        }
    }

    private static <E extends Enum<E>> boolean isCode(Class<E> vocabulary, String code) {
        for (E constant : vocabulary.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
