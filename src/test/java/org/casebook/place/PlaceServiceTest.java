package org.casebook.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.RevisionLog;
import org.casebook.records.InvalidInput;
import org.casebook.records.Retraction;
import org.casebook.records.StaleVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Places: checked, versioned, every change a revision, retraction keeps the record. */
@SpringBootTest
class PlaceServiceTest {
    @Autowired
    PlaceService places;

    @Autowired
    RevisionLog revisions;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPlaceIsCreatedChangedAndRetractedWithARevisionEachTime() {
        Place county = CurrentUser.asSystem(
                "tests",
                () -> places.create(
                        new PlaceCommand("Yengisar", List.of("英吉沙"), "county", null, 38.93, 76.17, null, null),
                        "tests"));
        assertThat(county.version()).isEqualTo(1);
        Place moved = CurrentUser.asSystem(
                "tests",
                () -> places.update(
                        county.id(),
                        new PlaceCommand(
                                "Yengisar County", List.of("英吉沙县"), "county", null, 38.94, 76.17, 1, "full name"),
                        "tests"));
        assertThat(moved.version()).isEqualTo(2);
        assertThat(places.get(county.id()).name()).isEqualTo("Yengisar County");
        assertThatThrownBy(() -> CurrentUser.asSystem(
                        "tests",
                        () -> places.update(
                                county.id(),
                                new PlaceCommand("Stale", List.of(), "county", null, null, null, 1, null),
                                "tests")))
                .isInstanceOf(StaleVersion.class);
        Place retracted = CurrentUser.asSystem(
                "tests", () -> places.retract(county.id(), new Retraction(2, "duplicate"), "tests"));
        assertThat(retracted.retracted()).isTrue();
        assertThat(places.find(county.id())).isPresent();
        assertThat(revisions.history(RecordType.place, county.id()))
                .extracting(r -> r.action().name())
                .containsExactly("create", "update", "retract");
    }

    /**
     * Places are kept in memory for the public pages: a change shows on the next read, and a change rolled back
     * (read inside its own transaction meanwhile) does not stay in the kept copy.
     */
    @Test
    void aKeptPlaceFollowsEveryChangeAndForgetsOneRolledBack() {
        Place town = CurrentUser.asSystem(
                "tests",
                () -> places.create(
                        new PlaceCommand("Qaghiliq", List.of(), "county", null, null, null, null, null), "tests"));
        assertThat(places.byIds(List.of(town.id())).get(town.id()).name()).isEqualTo("Qaghiliq");
        CurrentUser.asSystem(
                "tests",
                () -> places.update(
                        town.id(),
                        new PlaceCommand("Qarghiliq", List.of(), "county", null, null, null, 1, "spelling"),
                        "tests"));
        assertThat(places.byIds(List.of(town.id())).get(town.id()).name()).isEqualTo("Qarghiliq");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            CurrentUser.asSystem(
                    "tests",
                    () -> places.update(
                            town.id(),
                            new PlaceCommand("Undone", List.of(), "county", null, null, null, 2, null),
                            "tests"));
            assertThat(places.byIds(List.of(town.id())).get(town.id()).name()).isEqualTo("Undone");
            status.setRollbackOnly();
        });
        assertThat(places.byIds(List.of(town.id())).get(town.id()).name()).isEqualTo("Qarghiliq");
        CurrentUser.asSystem("tests", () -> places.retract(town.id(), new Retraction(2, "duplicate"), "tests"));
        assertThat(places.byIds(List.of(town.id())).get(town.id()).retracted()).isTrue();
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsSaved() {
        int before = places.all().size();
        assertThatThrownBy(() -> CurrentUser.asSystem(
                        "tests",
                        () -> places.create(
                                new PlaceCommand(" ", List.of(), "galaxy", null, 91.0, null, null, null), "tests")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.FieldProblem::field)
                                .contains("name", "level", "latitude"));
        assertThat(places.all()).hasSize(before);
    }
}
