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

/** Places: checked, versioned, every change a revision, retraction keeps the record. */
@SpringBootTest
class PlaceServiceTest {
    @Autowired
    PlaceService places;

    @Autowired
    RevisionLog revisions;

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
