package org.casebook.account;

import jakarta.servlet.http.HttpServletResponse;
import org.casebook.access.Role;
import org.casebook.audit.AuditLog;
import org.casebook.records.InvalidInput;
import org.casebook.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins: accounts and roles, and the audit log. */
@Controller
class AdminController {
    private final AccountService accounts;
    private final AuditLog audit;

    AdminController(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/app/admin/accounts")
    String list(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/app/admin/accounts")
    String create(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String role,
            Model model,
            HttpServletResponse response) {
        return Forms.submit(
                response,
                () -> {
                    AccountService.NewAccount created = accounts.create(username, role(role));
                    return page(model, created, null);
                },
                e -> page(model, null, e.getMessage()));
    }

    @PostMapping("/app/admin/accounts/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(required = false) String role) {
        accounts.changeRole(id, role(role));
        return "redirect:/app/admin/accounts";
    }

    @PostMapping("/app/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id) {
        accounts.unlock(id);
        return "redirect:/app/admin/accounts";
    }

    @PostMapping("/app/admin/accounts/{id}/disable")
    String disable(@PathVariable long id, @RequestParam(defaultValue = "true") boolean disabled) {
        accounts.setDisabled(id, disabled);
        return "redirect:/app/admin/accounts";
    }

    @PostMapping("/app/admin/accounts/{id}/reset")
    String reset(@PathVariable long id, @RequestParam(required = false) String confirm, Model model) {
        Forms.requireConfirmation(confirm);
        return page(model, accounts.resetCredentials(id), null);
    }

    @GetMapping("/app/admin/audit")
    String audit(
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("events", audit.list(action, actor, Math.max(0, page), 100));
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("actor", actor == null ? "" : actor);
        return "account/audit";
    }

    private String page(Model model, AccountService.NewAccount created, String message) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("created", created);
        model.addAttribute("message", message);
        return "account/accounts";
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(
                    "role",
                    "must be one of viewer, contributor, editor, admin",
                    "error.oneOf",
                    "values",
                    "viewer, contributor, editor, admin");
        }
    }
}
