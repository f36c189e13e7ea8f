package org.casebook.screens;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.person.PersonService;
import org.casebook.prooflife.LifeRequestService;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.secret.SecretFields;
import org.casebook.secret.SecretKinds;
import org.casebook.source.SourceService;
import org.casebook.web.Links;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one page where secret fields are shown and changed, for editors and admins; opening it is audited. Kept
 * apart from the record pages so that a record page can never show a secret by accident.
 */
@Controller
class SecretPageController {
    private final SecretFields secrets;
    private final PersonService persons;
    private final SourceService sources;
    private final LifeRequestService lifeRequests;

    SecretPageController(
            SecretFields secrets, PersonService persons, SourceService sources, LifeRequestService lifeRequests) {
        this.lifeRequests = lifeRequests;
        this.secrets = secrets;
        this.persons = persons;
        this.sources = sources;
    }

    @GetMapping("/app/secrets/{type}/{id}")
    String show(@PathVariable String type, @PathVariable long id, Model model) {
        String back = requireRecord(type, id);
        Map<String, String> values = secrets.reveal(type, id);
        return page(model, type, id, back, values, null);
    }

    @PostMapping("/app/secrets/{type}/{id}")
    String change(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        String back = requireRecord(type, id);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : SecretKinds.fieldsOf(type)) {
            String value = form.getFirst(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        try {
            SecretKinds.check(type, values);
        } catch (InvalidInput e) {
            response.setStatus(400);
            return page(model, type, id, back, values, e.getMessage());
        }
        Permissions.require(Role.editor);
        Map<String, String> current = secrets.reveal(type, id);
        values.entrySet().removeIf(e -> e.getValue().strip().equals(current.getOrDefault(e.getKey(), "")));
        secrets.put(type, id, values);
        return "redirect:" + back;
    }

    private String requireRecord(String type, long id) {
        return switch (type) {
            case "person" ->
                Links.person(persons.find(id)
                        .orElseThrow(() -> new RecordNotFound("person", id))
                        .publicId());
            case "source" ->
                Links.source(sources.find(id)
                        .orElseThrow(() -> new RecordNotFound("source", id))
                        .id());
            case "life_request" ->
                "/app/life-requests/"
                        + lifeRequests
                                .find(id)
                                .orElseThrow(() -> new RecordNotFound("proof-of-life request", id))
                                .id();
            default -> throw new RecordNotFound("kind of record with secrets", 0);
        };
    }

    private static String page(
            Model model, String type, long id, String back, Map<String, String> values, String message) {
        model.addAttribute("page", new SecretsPage(type, id, back, SecretKinds.fieldsOf(type), values, message));
        return "secret/secrets";
    }
}
