package org.casebook.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casebook.access.CurrentUser;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.RevisionLog;
import org.casebook.records.InvalidInput;
import org.casebook.records.Publication;
import org.casebook.records.Retraction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Sources: checked, versioned, a testimony published only with consent, retraction keeps the record. */
@SpringBootTest
class SourceServiceTest {
    @Autowired
    SourceService sources;

    @Autowired
    RevisionLog revisions;

    private static SourceCommand testimony(String consent, Integer version) {
        return new SourceCommand(
                "testimony",
                "Testimony of a sister",
                null,
                null,
                "2019-02-14",
                "ug",
                "family",
                "C",
                null,
                false,
                version,
                null,
                consent);
    }

    @Test
    void aTestimonyIsPublishedOnlyWithConsent() {
        Source refused =
                CurrentUser.asSystem("tests", () -> sources.create(testimony("do_not_publish", null), "tests"));
        assertThatThrownBy(() -> CurrentUser.asSystem(
                        "tests",
                        () -> sources.setPublication(refused.id(), Publication.published, refused.version(), "tests")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("consented");
        Source consented =
                CurrentUser.asSystem("tests", () -> sources.create(testimony("publish_anonymously", null), "tests"));
        Source published = CurrentUser.asSystem(
                "tests",
                () -> sources.setPublication(consented.id(), Publication.published, consented.version(), "tests"));
        assertThat(published.publication()).isEqualTo(Publication.published);
    }

    @Test
    void editsAndRetractionAreRevisionsAndBadInputIsNamed() {
        Source created = CurrentUser.asSystem("tests", () -> sources.create(testimony(null, null), "tests"));
        CurrentUser.asSystem(
                "tests",
                () -> sources.update(
                        created.id(),
                        new SourceCommand(
                                "testimony",
                                "Testimony of a sister, corrected",
                                null,
                                null,
                                "2019-02-14",
                                "ug",
                                "family",
                                "B",
                                null,
                                false,
                                created.version(),
                                "typo",
                                null),
                        "tests"));
        Source retracted = CurrentUser.asSystem(
                "tests", () -> sources.retract(created.id(), new Retraction(2, "duplicate"), "tests"));
        assertThat(retracted.retracted()).isTrue();
        assertThat(revisions.history(RecordType.source, created.id()))
                .extracting(r -> r.action().name())
                .containsExactly("create", "update", "retract");
        assertThatThrownBy(() -> CurrentUser.asSystem(
                        "tests",
                        () -> sources.create(
                                new SourceCommand(
                                        "rumour",
                                        " ",
                                        null,
                                        null,
                                        "yesterday",
                                        null,
                                        "aliens",
                                        "Z",
                                        null,
                                        false,
                                        null,
                                        null,
                                        null),
                                "tests")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.FieldProblem::field)
                                .contains("kind", "title", "party", "reliability"));
    }
}
