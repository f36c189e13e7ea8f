package org.casebook.screens;

import com.ibm.icu.lang.UScript;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebook.access.CurrentUser;
import org.casebook.claim.Claim;
import org.casebook.claim.ClaimService;
import org.casebook.claim.ClaimView;
import org.casebook.claim.ClaimViews;
import org.casebook.claim.DerivedStatuses;
import org.casebook.intake.PersonIntake;
import org.casebook.ledger.RecordType;
import org.casebook.ledger.RevisionLog;
import org.casebook.matching.DuplicateQueue;
import org.casebook.person.Gender;
import org.casebook.person.NameCommand;
import org.casebook.person.Person;
import org.casebook.person.PersonCommand;
import org.casebook.person.PersonEdits;
import org.casebook.person.PersonListPage;
import org.casebook.person.PersonMerges;
import org.casebook.person.PersonName;
import org.casebook.person.PersonQuery;
import org.casebook.person.PersonService;
import org.casebook.place.PlaceService;
import org.casebook.records.InvalidInput;
import org.casebook.records.Labels;
import org.casebook.records.PageOf;
import org.casebook.status.PersonStatus;
import org.casebook.web.FormData;
import org.casebook.web.FormErrors;
import org.casebook.web.Forms;
import org.casebook.web.Links;
import org.casebook.web.PublicationChange;
import org.casebook.web.RetractForm;
import org.casebook.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/app/persons")
class PersonPageController {
    private final PersonService persons;
    private final PersonEdits personEdits;
    private final PersonMerges merges;
    private final PlaceService places;
    private final ClaimService claims;
    private final ClaimViews claimViews;
    private final RevisionLog revisions;
    private final PersonIntake intake;
    private final DerivedStatuses derivedStatuses;

    PersonPageController(
            PersonService persons,
            PersonEdits personEdits,
            PersonMerges merges,
            PlaceService places,
            ClaimService claims,
            ClaimViews claimViews,
            RevisionLog revisions,
            PersonIntake intake,
            DerivedStatuses derivedStatuses) {
        this.intake = intake;
        this.derivedStatuses = derivedStatuses;
        this.persons = persons;
        this.personEdits = personEdits;
        this.merges = merges;
        this.places = places;
        this.claims = claims;
        this.claimViews = claimViews;
        this.revisions = revisions;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PersonStatus status,
            @RequestParam(required = false) Gender gender,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PageOf<Person.Summary> results = persons.list(new PersonQuery(q, status, gender, Math.max(0, page), 20));
        model.addAttribute(
                "page",
                new PersonListPage(
                        results, q, status == null ? null : status.name(), gender == null ? null : gender.name()));
        return "person/list";
    }

    @GetMapping("/{publicId}")
    String show(@PathVariable String publicId, Model model) {
        Person person = persons.getByPublicId(publicId);
        List<PersonName> names = persons.names(person.id());
        Map<String, List<PersonName>> byScript = new TreeMap<>();
        names.stream()
                .filter(n -> !n.retracted())
                .forEach(n -> byScript.computeIfAbsent(scriptName(n.script()), k -> new ArrayList<>())
                        .add(n));
        List<Person> merged = persons.mergedInto(person.id());
        List<Claim> about = new ArrayList<>(claims.forPerson(person.id()));
        merged.forEach(m -> about.addAll(claims.forPerson(m.id())));
        about.sort(
                Comparator.comparing((Claim c) -> c.eventDate().from(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Claim::id));
        List<ClaimView> timeline = claimViews.of(about);
        merged.forEach(m -> persons.names(m.id()).stream()
                .filter(n -> !n.retracted())
                .forEach(n -> byScript.computeIfAbsent(scriptName(n.script()), k -> new ArrayList<>())
                        .add(n)));
        Map<RecordType, List<Long>> records = new LinkedHashMap<>();
        records.put(RecordType.person, List.of(person.id()));
        records.put(RecordType.person_name, names.stream().map(PersonName::id).toList());
        records.put(RecordType.claim, timeline.stream().map(ClaimView::id).toList());
        String displayName = new Person.Summary(
                        person, names.stream().filter(n -> !n.retracted()).toList())
                .displayName();
        model.addAttribute(
                "page",
                new PersonPage(
                        person,
                        displayName,
                        byScript,
                        names.stream().filter(PersonName::retracted).toList(),
                        person.hometownPlaceId() == null ? null : places.get(person.hometownPlaceId()),
                        timeline,
                        new HashSet<>(person.status().basis()),
                        derivedStatuses.finding(about),
                        revisions.entries(records, r -> Labels.of(r.recordType()) + " " + r.recordId()),
                        merged,
                        person.mergedInto() == null
                                ? null
                                : persons.find(person.mergedInto())
                                        .map(Person::publicId)
                                        .orElse(null)));
        return "person/show";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(
                model,
                null,
                new PersonCommand("unknown", null, null, null, null, null, null, false, List.of(), null, null, null),
                FormErrors.NONE);
    }

    @PostMapping("/new")
    String create(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        FormData form = new FormData(fields);
        List<NameCommand> names = new ArrayList<>();
        for (int i = 0; i < PersonFormPage.NEW_NAME_ROWS; i++) {
            String text = form.text("names[" + i + "].text");
            if (text != null) {
                names.add(new NameCommand(
                        text, form.text("names[" + i + "].kind"), form.text("names[" + i + "].language"), null, null));
            }
        }
        PersonCommand command = command(form, names, form.text("nationalId"));
        try {
            form.throwIfUnreadable();
            // Before saving, the records this may already be are shown; the documenter decides.
            return switch (intake.add(command, form.checked("confirmedNew"), CurrentUser.name())) {
                case PersonIntake.Created created ->
                    "redirect:" + Links.person(created.person().publicId());
                case PersonIntake.PossibleMatches possible ->
                    form(model, null, command, command.nationalId(), FormErrors.NONE, possible.matches());
            };
        } catch (InvalidInput e) {
            response.setStatus(400);
            return form(model, null, command, command.nationalId(), FormErrors.of(e), List.of());
        }
    }

    @GetMapping("/{publicId}/edit")
    String editForm(@PathVariable String publicId, Model model) {
        Person p = persons.getByPublicId(publicId);
        return form(
                model,
                p,
                new PersonCommand(
                        p.gender().name(),
                        p.birthYearFrom(),
                        p.birthYearTo(),
                        p.ethnicity(),
                        p.hometownPlaceId(),
                        p.occupation(),
                        p.notes(),
                        p.synthetic(),
                        null,
                        p.version(),
                        null,
                        null),
                FormErrors.NONE);
    }

    @PostMapping("/{publicId}/edit")
    String edit(
            @PathVariable String publicId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Person person = persons.getByPublicId(publicId);
        FormData form = new FormData(fields);
        PersonCommand command = command(form, null, null);
        return Forms.submit(
                response,
                () -> {
                    form.throwIfUnreadable();
                    personEdits.update(person.id(), command, CurrentUser.name());
                    return "redirect:" + Links.person(publicId);
                },
                e -> form(model, person, command, FormErrors.of(e)));
    }

    @GetMapping("/{publicId}/retract")
    String retractForm(@PathVariable String publicId, Model model) {
        Person person = persons.getByPublicId(publicId);
        return retractPage(model, person, "", FormErrors.NONE);
    }

    @PostMapping("/{publicId}/retract")
    String retract(
            @PathVariable String publicId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Person person = persons.getByPublicId(publicId);
        FormData form = new FormData(fields);
        return Forms.submit(
                response,
                () -> {
                    personEdits.retract(person.id(), RetractForm.retraction(form), CurrentUser.name());
                    return "redirect:" + Links.person(publicId);
                },
                e -> retractPage(model, person, form.text("reason"), FormErrors.of(e)));
    }

    @PostMapping("/{publicId}/publication")
    String publication(@PathVariable String publicId, @RequestParam MultiValueMap<String, String> fields) {
        PublicationChange change = PublicationChange.of(new FormData(fields));
        personEdits.setPublication(
                persons.getByPublicId(publicId).id(), change.publication(), change.version(), CurrentUser.name());
        return "redirect:" + Links.person(publicId);
    }

    @PostMapping("/{publicId}/unmerge")
    String unmerge(@PathVariable String publicId) {
        merges.unmerge(persons.getByPublicId(publicId).id(), CurrentUser.name(), null);
        return "redirect:" + Links.person(publicId);
    }

    private static PersonCommand command(FormData form, List<NameCommand> names, String nationalId) {
        return new PersonCommand(
                form.text("gender"),
                form.integer("birthYearFrom"),
                form.integer("birthYearTo"),
                form.text("ethnicity"),
                form.id("hometownPlaceId"),
                form.text("occupation"),
                form.text("notes"),
                form.checked("synthetic"),
                names,
                form.integer("version"),
                form.text("reason"),
                nationalId);
    }

    private String form(Model model, Person person, PersonCommand values, FormErrors errors) {
        return form(model, person, values, null, errors, List.of());
    }

    private String form(
            Model model,
            Person person,
            PersonCommand values,
            String nationalId,
            FormErrors errors,
            List<DuplicateQueue.Match> matches) {
        model.addAttribute("page", new PersonFormPage(person, values, nationalId, places.all(), errors, matches));
        return "person/form";
    }

    private String retractPage(Model model, Person person, String reason, FormErrors errors) {
        String base = Links.person(person.publicId());
        return RetractForm.show(
                model,
                Texts.t(
                        "app.retract.person",
                        "id",
                        person.publicId(),
                        "name",
                        persons.summary(person.id()).displayName()),
                base + "/retract",
                base,
                person.version(),
                reason,
                errors);
    }

    /** "Latin", "Arabic", "Cyrillic", "Han" from an ISO 15924 code. */
    static String scriptName(String code) {
        int script = UScript.getCodeFromName(code);
        return script == UScript.INVALID_CODE ? code : UScript.getName(script).replace('_', ' ');
    }
}
