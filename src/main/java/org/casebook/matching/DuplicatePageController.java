package org.casebook.matching;

import org.casebook.access.CurrentUser;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.records.InvalidInput;
import org.casebook.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class DuplicatePageController {
    private final DuplicateQueue queue;

    DuplicatePageController(DuplicateQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/app/duplicates")
    String page(Model model) {
        model.addAttribute("entries", queue.open(100));
        return "matching/duplicates";
    }

    @PostMapping("/app/duplicates/scan")
    String scan() {
        queue.scan();
        return "redirect:/app/duplicates";
    }

    @PostMapping("/app/duplicates/{id}")
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String confirm) {
        // The role is checked before the form is read, so a contributor is told "not allowed", not "incomplete".
        Permissions.require(Role.editor);
        if (!"same".equals(decision) && !"different".equals(decision)) {
            throw new InvalidInput("decision", "must be same or different", "app.error.sameOrDifferent");
        }
        if ("same".equals(decision)) {
            Forms.requireConfirmation(confirm);
        }
        queue.decide(id, "same".equals(decision), CurrentUser.name());
        return "redirect:/app/duplicates";
    }
}
