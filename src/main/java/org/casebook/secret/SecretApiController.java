package org.casebook.secret;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SecretApiController {
    private final SecretFields secrets;

    SecretApiController(SecretFields secrets) {
        this.secrets = secrets;
    }

    @GetMapping("/api/v1/secrets/{type}/{id}")
    @Operation(summary = "Open a record's secret fields (editors and admins; every call is audited)")
    Map<String, String> reveal(@PathVariable String type, @PathVariable long id) {
        requireKnown(type);
        return secrets.reveal(type, id);
    }

    @PutMapping("/api/v1/secrets/{type}/{id}")
    @Operation(summary = "Set secret fields; an empty value clears one (earlier values stay sealed in history)")
    Map<String, Object> change(
            @PathVariable String type, @PathVariable long id, @RequestBody Map<String, String> values) {
        requireKnown(type);
        Permissions.require(Role.editor);
        for (String field : values.keySet()) {
            if (!SecretKinds.fieldsOf(type).contains(field)) {
                throw new InvalidInput(
                        field,
                        "is not a secret field of a " + type + "; use one of " + SecretKinds.fieldsOf(type),
                        "error.oneOf",
                        "values",
                        String.join(", ", SecretKinds.fieldsOf(type)));
            }
        }
        SecretKinds.check(type, values);
        secrets.put(type, id, values);
        return Map.of("set", values.keySet());
    }

    private static void requireKnown(String type) {
        if (SecretKinds.fieldsOf(type).isEmpty()) {
            throw new RecordNotFound("kind of record with secrets", 0);
        }
    }
}
