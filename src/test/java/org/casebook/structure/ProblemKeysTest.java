package org.casebook.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem a person can read comes with its message key, so that the page words it in the reader's language:
 * no {@code new InvalidInput(field, message)} and no {@code problems.problem(field, message)} without a key in the
 * main code, except where the message is already in the reader's language or is not for people.
 */
class ProblemKeysTest {
    /** Files whose keyless problems are deliberate, and why. */
    private static final Set<String> ALLOWED = Set.of(
            // A request parameter of the wrong type: the API's own problem detail, never shown on a page.
            "web/ApiProblems.java",
            // The estimate's refusal, already worded in the page's language by EstimateJson.shown.
            "statistics/EstimatePageController.java",
            // The fallback for a bean-validation constraint that has no key of its own yet.
            "records/InputChecks.java");

    @Test
    void everyProblemAPersonReadsHasAKey() throws IOException {
        Path root = Path.of("src/main/java/org/casebook");
        List<String> keyless = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.contains(name)) {
                    continue;
                }
                String code = Files.readString(file);
                for (String call : List.of("new InvalidInput(", ".problem(")) {
                    for (int at = code.indexOf(call); at >= 0; at = code.indexOf(call, at + 1)) {
                        int arguments = arguments(code, at + call.length());
                        if (arguments == 2 && !code.startsWith("List.of", at + call.length())) {
                            keyless.add(name + ":" + (code.substring(0, at).split("\n", -1).length));
                        }
                    }
                }
            }
        }
        assertThat(keyless).as("problems without a message key").isEmpty();
    }

    /** How many arguments the call whose parentheses open just before {@code from} has (strings and nesting skipped). */
    static int arguments(String code, int from) {
        int depth = 1;
        int count = 1;
        boolean inString = false;
        for (int i = from; i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == 0x22) {
                    inString = false;
                }
            } else if (c == 0x22) {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 1) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theCounterCountsArguments() {
        assertThat(arguments("\"a\", \"b, c\")", 0)).isEqualTo(2);
        assertThat(arguments("\"a\", f(x, y), \"k\")", 0)).isEqualTo(3);
    }
}
