package org.casebook.person;

import java.util.ArrayList;
import java.util.List;
import org.casebook.names.NationalIds;
import org.casebook.place.PlaceService;
import org.casebook.records.InputChecks;
import org.casebook.records.InvalidInput;
import org.springframework.stereotype.Component;

/** What a person must be to be stored, one at a time or in a batch; every problem found is named at once. */
@Component
class PersonChecks {
    private final InputChecks checks;
    private final PlaceService places;

    PersonChecks(InputChecks checks, PlaceService places) {
        this.checks = checks;
        this.places = places;
    }

    /**
     * The checks {@link PersonEdits#create} makes, without creating (the API asks about possible duplicates only of valid
     * input); throws {@link InvalidInput} with every problem found.
     */
    CheckedPerson checkNew(PersonCommand command) {
        InputChecks.Collector problems = checks.collect(command);
        Gender gender = checkFields(command, problems);
        List<NameKind> kinds = checkNames(command, "", problems);
        if (command.nationalId() != null && !command.nationalId().isBlank()) {
            problems.keep(() -> NationalIds.normalize(command.nationalId()), field -> "nationalId");
        }
        problems.throwIfAny();
        return new CheckedPerson(command, gender, kinds);
    }

    Gender checkFields(PersonCommand command, InputChecks.Collector problems) {
        Gender gender = checkOwnFields(command, "", problems);
        places.requireUsable(command.hometownPlaceId(), "hometownPlaceId", problems);
        return gender;
    }

    /** Gender and birth years; {@code at} prefixes the field names (a person's place in a batch). */
    static Gender checkOwnFields(PersonCommand command, String at, InputChecks.Collector problems) {
        Gender gender = command.gender() == null || command.gender().isBlank()
                ? Gender.unknown
                : InputChecks.vocabulary(Gender.class, command.gender(), at + "gender", problems);
        if (command.birthYearFrom() != null
                && command.birthYearTo() != null
                && command.birthYearFrom() > command.birthYearTo()) {
            problems.problem(at + "birthYearTo", "must not be before birthYearFrom", "app.error.birthYears");
        }
        return gender;
    }

    /** A new person's names: at least one, each of a known kind. */
    static List<NameKind> checkNames(PersonCommand command, String at, InputChecks.Collector problems) {
        List<NameCommand> names = command.names() == null ? List.of() : command.names();
        if (names.isEmpty() && !problems.has(at + "names")) {
            problems.problem(at + "names", "a person needs at least one name", "app.error.noName");
        }
        List<NameKind> kinds = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            kinds.add(InputChecks.vocabulary(
                    NameKind.class, names.get(i).kind(), at + "names[" + i + "].kind", problems));
        }
        return kinds;
    }
}
