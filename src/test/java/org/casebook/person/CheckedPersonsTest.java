package org.casebook.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.casebook.access.CurrentUser;
import org.casebook.place.PlaceCommand;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.records.Retraction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Persons checked on one thread and written on another ({@link PersonEdits#createChecked}, an imported list's rows)
 * are written as the checked batch writes the same commands, and what may change between the check and the writing,
 * a hometown's retraction, is still refused when writing.
 */
@SpringBootTest
class CheckedPersonsTest {
    @Autowired
    PersonEdits edits;

    @Autowired
    PersonService persons;

    @Autowired
    PlaceService places;

    private static PersonCommand person(String name, String alias, String gender, Long hometown) {
        return new PersonCommand(
                gender,
                1970,
                1971,
                null,
                hometown,
                null,
                null,
                false,
                List.of(
                        new NameCommand(name, "primary", "en", null, null),
                        new NameCommand(alias, "alias", "ug", null, null)),
                null,
                null,
                null);
    }

    private long hometown(String name) {
        return places.create(new PlaceCommand(name, List.of(), "county", null, null, null, null, null), "tests")
                .id();
    }

    /** Each name as text, kind and script, in order. */
    private List<String> names(Person person) {
        return persons.names(person.id()).stream()
                .map(n -> n.text() + "|" + n.kind() + "|" + n.script())
                .toList();
    }

    @Test
    void checkedPersonsAreWrittenAsTheBatchWritesTheSameCommands() {
        CurrentUser.asSystem("tests", () -> {
            long place = hometown("Checked county " + System.nanoTime());
            List<PersonCommand> commands = List.of(
                    person("Gulnar Checked", "گۈلنار", "female", place), person("Memet Checked", "مەمەت", null, null));
            List<Person> checked =
                    edits.createChecked(commands.stream().map(edits::checkNew).toList(), null, "tests");
            List<Person> batch = edits.createMany(commands, null, "tests");
            for (int i = 0; i < commands.size(); i++) {
                assertThat(checked.get(i).gender()).isEqualTo(batch.get(i).gender());
                assertThat(checked.get(i).hometownPlaceId())
                        .isEqualTo(batch.get(i).hometownPlaceId());
                assertThat(names(checked.get(i))).isEqualTo(names(batch.get(i)));
            }
            assertThat(checked.getFirst().gender()).isEqualTo(Gender.female);
            assertThat(checked.getFirst().hometownPlaceId()).isEqualTo(place);
            assertThat(names(checked.getFirst())).containsExactly("Gulnar Checked|primary|Latn", "گۈلنار|alias|Arab");
        });
    }

    @Test
    void aHometownRetractedAfterTheCheckIsRefusedWhenWriting() {
        CurrentUser.asSystem("tests", () -> {
            long place = hometown("Retracted county " + System.nanoTime());
            CheckedPerson checked = edits.checkNew(person("Tursun Retracted", "تۇرسۇن", "male", place));
            places.retract(place, new Retraction(1, "a duplicate of another place"), "tests");
            long before = persons.count();
            assertThatThrownBy(() -> edits.createChecked(List.of(checked), null, "tests"))
                    .isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("hometownPlaceId");
            assertThat(persons.count()).isEqualTo(before);
        });
    }
}
