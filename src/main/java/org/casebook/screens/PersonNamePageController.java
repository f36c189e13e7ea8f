package org.casebook.screens;

import jakarta.servlet.http.HttpServletResponse;
import org.casebook.access.CurrentUser;
import org.casebook.person.NameCommand;
import org.casebook.person.NameFormPage;
import org.casebook.person.Person;
import org.casebook.person.PersonName;
import org.casebook.person.PersonNames;
import org.casebook.person.PersonService;
import org.casebook.records.RecordNotFound;
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

/** The documenters' forms for one name of a person: add, correct, retract and publish it. */
@Controller
@RequestMapping("/app/persons/{publicId}/names")
class PersonNamePageController {
    private final PersonService persons;
    private final PersonNames names;

    PersonNamePageController(PersonService persons, PersonNames names) {
        this.persons = persons;
        this.names = names;
    }

    @GetMapping("/new")
    String addNameForm(@PathVariable String publicId, Model model) {
        Person person = persons.getByPublicId(publicId);
        return nameForm(model, person, null, new NameCommand("", "alias", null, null, null), FormErrors.NONE);
    }

    @PostMapping("/new")
    String addName(
            @PathVariable String publicId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Person person = persons.getByPublicId(publicId);
        FormData form = new FormData(fields);
        NameCommand command = new NameCommand(form.text("text"), form.text("kind"), form.text("language"), null, null);
        return Forms.submit(
                response,
                () -> {
                    names.addName(person.id(), command, CurrentUser.name());
                    return "redirect:" + Links.person(publicId);
                },
                e -> nameForm(model, person, null, command, FormErrors.of(e)));
    }

    @GetMapping("/{nameId}/edit")
    String editNameForm(@PathVariable String publicId, @PathVariable long nameId, Model model) {
        Person person = persons.getByPublicId(publicId);
        PersonName name = nameOf(person, nameId);
        return nameForm(
                model,
                person,
                name,
                new NameCommand(name.text(), name.kind().name(), name.language(), name.version(), null),
                FormErrors.NONE);
    }

    @PostMapping("/{nameId}/edit")
    String editName(
            @PathVariable String publicId,
            @PathVariable long nameId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Person person = persons.getByPublicId(publicId);
        PersonName name = nameOf(person, nameId);
        FormData form = new FormData(fields);
        NameCommand command = new NameCommand(
                form.text("text"),
                form.text("kind"),
                form.text("language"),
                form.integer("version"),
                form.text("reason"));
        return Forms.submit(
                response,
                () -> {
                    form.throwIfUnreadable();
                    names.updateName(nameId, command, CurrentUser.name());
                    return "redirect:" + Links.person(publicId);
                },
                e -> nameForm(model, person, name, command, FormErrors.of(e)));
    }

    @GetMapping("/{nameId}/retract")
    String retractNameForm(@PathVariable String publicId, @PathVariable long nameId, Model model) {
        Person person = persons.getByPublicId(publicId);
        PersonName name = nameOf(person, nameId);
        return retractNamePage(model, person, name, "", FormErrors.NONE);
    }

    @PostMapping("/{nameId}/retract")
    String retractName(
            @PathVariable String publicId,
            @PathVariable long nameId,
            @RequestParam MultiValueMap<String, String> fields,
            Model model,
            HttpServletResponse response) {
        Person person = persons.getByPublicId(publicId);
        PersonName name = nameOf(person, nameId);
        FormData form = new FormData(fields);
        return Forms.submit(
                response,
                () -> {
                    names.retractName(nameId, RetractForm.retraction(form), CurrentUser.name());
                    return "redirect:" + Links.person(publicId);
                },
                e -> retractNamePage(model, person, name, form.text("reason"), FormErrors.of(e)));
    }

    @PostMapping("/{nameId}/publication")
    String namePublication(
            @PathVariable String publicId,
            @PathVariable long nameId,
            @RequestParam MultiValueMap<String, String> fields) {
        PersonName name = nameOf(persons.getByPublicId(publicId), nameId);
        PublicationChange change = PublicationChange.of(new FormData(fields));
        names.setNamePublication(name.id(), change.publication(), change.version(), CurrentUser.name());
        return "redirect:" + Links.person(publicId);
    }

    private PersonName nameOf(Person person, long nameId) {
        PersonName name = persons.getName(nameId);
        if (name.personId() != person.id()) {
            throw new RecordNotFound("name of " + person.publicId(), nameId);
        }
        return name;
    }

    private String nameForm(Model model, Person person, PersonName name, NameCommand values, FormErrors errors) {
        model.addAttribute(
                "page", new NameFormPage(person, persons.summary(person.id()).displayName(), name, values, errors));
        return "person/name-form";
    }

    private String retractNamePage(Model model, Person person, PersonName name, String reason, FormErrors errors) {
        String base = Links.person(person.publicId());
        return RetractForm.show(
                model,
                Texts.t("app.retract.name", "name", name.text(), "id", person.publicId()),
                base + "/names/" + name.id() + "/retract",
                base,
                name.version(),
                reason,
                errors);
    }
}
