package org.casebook.intake;

import java.util.List;
import java.util.Map;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimEdits;
import org.casebook.facility.Facility;
import org.casebook.facility.FacilityEdits;
import org.casebook.person.Person;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonName;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonService;
import org.casebook.records.Publication;
import org.casebook.source.Source;
import org.casebook.source.SourceService;
import org.springframework.stereotype.Component;

/** The publication state an exported record had, given to the record imported from it, through each capability. */
@Component
class ExportPublication {
    private final SourceService sources;
    private final FacilityEdits facilities;
    private final PersonEdits persons;
    private final PersonService personReads;
    private final PersonNames names;
    private final ClaimEdits claims;

    ExportPublication(
            SourceService sources,
            FacilityEdits facilities,
            PersonEdits persons,
            PersonService personReads,
            PersonNames names,
            ClaimEdits claims) {
        this.sources = sources;
        this.facilities = facilities;
        this.persons = persons;
        this.personReads = personReads;
        this.names = names;
        this.claims = claims;
    }

    void source(Source source, String state, String actor) {
        if (differs(source.publication(), state)) {
            sources.setPublication(source.id(), Publication.of(state), source.version(), actor);
        }
    }

    void facility(Facility facility, String state, String actor) {
        if (differs(facility.publication(), state)) {
            facilities.setPublication(facility.id(), Publication.of(state), facility.version(), actor);
        }
    }

    /** The person's state, then each name's as the export's names file gives it (by text and kind). */
    void person(Person person, String state, List<Map<String, String>> exported, String actor) {
        if (differs(person.publication(), state)) {
            persons.setPublication(person.id(), Publication.of(state), person.version(), actor);
        }
        for (PersonName name : personReads.names(person.id())) {
            exported.stream()
                    .filter(n -> n.get("name").strip().equals(name.text())
                            && n.get("kind").equals(name.kind().name()))
                    .findFirst()
                    .filter(n -> differs(name.publication(), n.get("publication")))
                    .ifPresent(n -> names.setNamePublication(
                            name.id(), Publication.of(n.get("publication")), name.version(), actor));
        }
    }

    void claim(Claim claim, String state, String actor) {
        if (differs(claim.publication(), state)) {
            claims.setPublication(claim.id(), Publication.of(state), claim.version(), actor);
        }
    }

    private static boolean differs(Publication now, String exported) {
        return exported != null && Publication.of(exported) != now;
    }
}
