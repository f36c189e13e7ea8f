package org.casebook.ledger;

import java.util.List;
import org.casebook.records.Labels;
import org.casebook.web.Language;
import org.casebook.web.Texts;

/**
 * One thing the verifier found wrong. The command line and the logs read it in English; the ledger page shows it in
 * its reader's language from the same bundle keys ({@code app.integrity.…}).
 *
 * @param kind  altered, removed, added, reordered, signature, forged or unreadable
 * @param what  the record, revision, ledger entry or file concerned, named so a person can find it
 * @param detail what exactly differs
 */
public record IntegrityProblem(String kind, String what, String detail, Words whatWords, Words detailWords) {
    /** A text of the documenters' bundle with its values. */
    public record Words(String key, List<Object> namesAndValues) {
        String english() {
            return Texts.appTextIn(Language.en, key, values(true));
        }

        String shown() {
            return Texts.appText(key, values(false));
        }

        /** Names stay; numbers as digits (ids, not quantities); codes labelled; nested words worded. */
        private Object[] values(boolean english) {
            Object[] values = namesAndValues.toArray();
            for (int i = 1; i < values.length; i += 2) {
                values[i] = switch (values[i]) {
                    case Number n -> n.toString();
                    case Enum<?> e -> english ? Labels.of(e) : Texts.appLabel(e);
                    case Words w -> english ? w.english() : w.shown();
                    default -> String.valueOf(values[i]);
                };
            }
            return values;
        }
    }

    /** A problem whose words come from outside (an exception's message), shown as they are. */
    public IntegrityProblem(String kind, String what, String detail) {
        this(kind, what, detail, null, null);
    }

    public static IntegrityProblem of(String kind, Words what, Words detail) {
        return new IntegrityProblem(kind, what.english(), detail.english(), what, detail);
    }

    public static Words words(String key, Object... namesAndValues) {
        return new Words("app.integrity." + key, List.of(namesAndValues));
    }

    public String kindShown() {
        return Texts.appText("app.integrity.kind." + kind);
    }

    public String whatShown() {
        return whatWords == null ? what : whatWords.shown();
    }

    public String detailShown() {
        return detailWords == null ? detail : detailWords.shown();
    }

    @Override
    public String toString() {
        return kind + ": " + what + " — " + detail;
    }
}
