package org.casebook.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The checks every capability's input goes through, without Spring or a database. */
class InputChecksTest {

    @Test
    void textThatIsNotValidUnicodeIsNamed() {
        assertThat(InputChecks.textProblem("Abdurehim Heyit")).isNull();
        assertThat(InputChecks.textProblem("ئابدۇرېھىم 阿不都热依木 𠀀"))
                .as("letters beyond the BMP are fine")
                .isNull();
        assertThat(InputChecks.textProblem("a\u0000b")).contains("NUL");
        assertThat(InputChecks.textProblem("a\uFFFDb")).contains("not valid UTF-8");
        assertThat(InputChecks.textProblem("a\uD800b")).contains("lone surrogate");
        assertThat(InputChecks.textProblem("a\uDC00")).contains("lone surrogate");
        assertThat(InputChecks.textProblem("end\uD800")).contains("lone surrogate");
    }

    @Test
    void aVocabularyWordIsMatchedWithoutCaseAndAnythingElseListsTheChoices() {
        InputChecks.Collector problems = new InputChecks.Collector();
        assertThat(InputChecks.vocabulary(TimeUnit.class, " seconds ", "unit", problems))
                .isEqualTo(TimeUnit.SECONDS);
        assertThat(problems.has("unit")).isFalse();
        assertThat(InputChecks.vocabulary(TimeUnit.class, "fortnights", "unit", problems))
                .isNull();
        assertThat(InputChecks.vocabulary(TimeUnit.class, "", "other", problems))
                .isNull();
        assertThat(problems.has("unit")).isTrue();
        assertThat(problems.has("other")).isTrue();
        try {
            problems.throwIfAny();
            throw new AssertionError("problems were collected, so throwIfAny must throw");
        } catch (InvalidInput e) {
            assertThat(e.problems())
                    .extracting(InvalidInput.FieldProblem::field)
                    .containsExactly("unit", "other");
            assertThat(e.problems().getFirst().message()).contains("SECONDS");
            assertThat(e.problems().getLast().message()).isEqualTo("is required");
        }
    }

    @Test
    void blankOptionalTextIsAbsent() {
        assertThat(InputChecks.optional("  ")).isNull();
        assertThat(InputChecks.optional(null)).isNull();
        assertThat(InputChecks.optional("  Hotan ")).isEqualTo("Hotan");
    }
}
