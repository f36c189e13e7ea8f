package org.casebook.screens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.access.CurrentUser;
import org.casebook.claim.ClaimView;
import org.casebook.claim.ClaimViews;
import org.casebook.intake.PersonIntake;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.Revision;
import org.casebook.ledger.RevisionLog;
import org.casebook.person.Gender;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonMerges;
import org.casebook.person.PersonName;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonQuery;
import org.casebook.person.PersonService;
import org.casebook.records.InvalidInput;
import org.casebook.records.PageOf;
import org.casebook.records.RecordNotFound;
import org.casebook.records.Retraction;
import org.casebook.status.PersonStatus;
import org.casebook.web.PublicationChange;
import org.casebook.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "Detained and disappeared people, their names in every script and derived status")
class PersonApiController {
    private final PersonService persons;
    private final PersonEdits personEdits;
    private final PersonNames names;
    private final PersonMerges merges;
    private final ClaimViews claimViews;
    private final RevisionLog revisions;
    private final PersonIntake intake;

    PersonApiController(
            PersonService persons,
            PersonEdits personEdits,
            PersonNames names,
            PersonMerges merges,
            ClaimViews claimViews,
            RevisionLog revisions,
            PersonIntake intake) {
        this.persons = persons;
        this.personEdits = personEdits;
        this.names = names;
        this.merges = merges;
        this.intake = intake;
        this.claimViews = claimViews;
        this.revisions = revisions;
    }

    @GetMapping
    @Operation(summary = "Find persons by any part of any name in any script, with status and gender filters")
    PageOf<PersonView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PersonStatus status,
            @RequestParam(required = false) Gender gender,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageOf<Person.Summary> result = persons.list(new PersonQuery(q, status, gender, page, size));
        List<Long> basisIds = result.items().stream()
                .flatMap(s -> s.person().status().basis().stream())
                .toList();
        Map<Long, ClaimView> basis =
                claimViews.byIds(basisIds).stream().collect(Collectors.toMap(ClaimView::id, Function.identity()));
        return result.map(s -> PersonView.of(
                s,
                s.names(),
                s.person().status().basis().stream().map(basis::get).toList(),
                null));
    }

    @GetMapping("/{publicId}")
    PersonView get(@PathVariable String publicId) {
        return view(persons.getByPublicId(publicId));
    }

    @PostMapping
    @Operation(
            summary =
                    "Create a person with at least one name. Like the form, it first looks for records this "
                            + "person may already be: if there are any, nothing is saved and the answer is 409 with them in "
                            + "possibleMatches; send confirmedNew=true once none of them is the same person. A nationalId is sealed as "
                            + "a secret field in the same step, never part of the record; reading it back is for editors (audited)")
    ResponseEntity<?> create(
            @RequestBody PersonCommand command, @RequestParam(defaultValue = "false") boolean confirmedNew) {
        return switch (intake.add(command, confirmedNew, CurrentUser.name())) {
            case PersonIntake.Created created ->
                ResponseEntity.created(
                                URI.create("/api/v1/persons/" + created.person().publicId()))
                        .body(view(created.person()));
            case PersonIntake.PossibleMatches possible -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.CONFLICT,
                        "This person may already be "
                                + "documented: nothing was saved. Add to the right record, or repeat with confirmedNew=true.");
                problem.setTitle(Texts.t("problem.possibleDuplicates"));
                problem.setProperty("possibleMatches", possible.matches());
                yield ResponseEntity.status(HttpStatus.CONFLICT)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem);
            }
        };
    }

    @PutMapping("/{publicId}")
    @Operation(summary = "Change a person's fields (names are changed one by one); give the version you edited")
    PersonView update(@PathVariable String publicId, @RequestBody PersonCommand command) {
        if (command.names() != null && !command.names().isEmpty()) {
            throw new InvalidInput(
                    "names",
                    "names are changed one by one under /names, not with the person",
                    "app.error.namesOneByOne");
        }
        return view(personEdits.update(persons.getByPublicId(publicId).id(), command, CurrentUser.name()));
    }

    @PostMapping("/{publicId}/retract")
    @Operation(summary = "Retract a person with a reason (nothing is ever deleted)")
    PersonView retract(@PathVariable String publicId, @RequestBody Retraction retraction) {
        return view(personEdits.retract(persons.getByPublicId(publicId).id(), retraction, CurrentUser.name()));
    }

    @PostMapping("/{publicId}/names")
    @Operation(summary = "Add a name, in any script; the script is detected")
    ResponseEntity<PersonView.NameView> addName(@PathVariable String publicId, @RequestBody NameCommand command) {
        PersonName name = names.addName(persons.getByPublicId(publicId).id(), command, CurrentUser.name());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + publicId + "/names/" + name.id()))
                .body(PersonView.NameView.of(name));
    }

    @PutMapping("/{publicId}/names/{nameId}")
    PersonView.NameView updateName(
            @PathVariable String publicId, @PathVariable long nameId, @RequestBody NameCommand command) {
        requireNameOf(publicId, nameId);
        return PersonView.NameView.of(names.updateName(nameId, command, CurrentUser.name()));
    }

    @PostMapping("/{publicId}/names/{nameId}/retract")
    PersonView.NameView retractName(
            @PathVariable String publicId, @PathVariable long nameId, @RequestBody Retraction retraction) {
        requireNameOf(publicId, nameId);
        return PersonView.NameView.of(names.retractName(nameId, retraction, CurrentUser.name()));
    }

    @PutMapping("/{publicId}/publication")
    @Operation(summary = "Move a person between draft, internal and published (editors)")
    PersonView publication(@PathVariable String publicId, @RequestBody PublicationChange change) {
        return view(personEdits.setPublication(
                persons.getByPublicId(publicId).id(), change.publication(), change.version(), CurrentUser.name()));
    }

    @PutMapping("/{publicId}/names/{nameId}/publication")
    @Operation(summary = "Move one name between draft, internal and published (editors)")
    PersonView.NameView namePublication(
            @PathVariable String publicId, @PathVariable long nameId, @RequestBody PublicationChange change) {
        requireNameOf(publicId, nameId);
        return PersonView.NameView.of(
                names.setNamePublication(nameId, change.publication(), change.version(), CurrentUser.name()));
    }

    @PostMapping("/{publicId}/unmerge")
    @Operation(summary = "Undo the merge of this record into another; both statuses are re-derived")
    PersonView unmerge(@PathVariable String publicId) {
        return view(merges.unmerge(persons.getByPublicId(publicId).id(), CurrentUser.name(), null));
    }

    @GetMapping("/{publicId}/history")
    @Operation(summary = "Every revision of the person and of their names, newest first")
    List<Revision> history(@PathVariable String publicId) {
        Person person = persons.getByPublicId(publicId);
        return revisions.histories(Map.of(
                RecordType.person,
                List.of(person.id()),
                RecordType.person_name,
                persons.names(person.id()).stream().map(PersonName::id).toList()));
    }

    private void requireNameOf(String publicId, long nameId) {
        if (persons.getName(nameId).personId()
                != persons.getByPublicId(publicId).id()) {
            throw new RecordNotFound("name of " + publicId, nameId);
        }
    }

    private PersonView view(Person person) {
        Person.Summary summary = persons.summary(person.id());
        String mergedInto = person.mergedInto() == null
                ? null
                : persons.get(person.mergedInto()).publicId();
        return PersonView.of(
                summary,
                persons.names(person.id()),
                claimViews.byIds(person.status().basis()),
                mergedInto);
    }
}
