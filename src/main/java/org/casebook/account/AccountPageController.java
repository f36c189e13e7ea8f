package org.casebook.account;

import jakarta.servlet.http.HttpServletResponse;
import org.casebook.access.CurrentUser;
import org.casebook.access.Role;
import org.casebook.web.Forms;
import org.casebook.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One's own account: password and personal access tokens for the API. */
@Controller
class AccountPageController {
    private final AccountService accounts;
    private final AccessTokens tokens;

    AccountPageController(AccountService accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/app/account")
    String show(Model model) {
        return page(model, null, null);
    }

    @PostMapping("/app/account/tokens")
    String createToken(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String scope,
            Model model,
            HttpServletResponse response) {
        return Forms.submit(
                response,
                () -> {
                    return page(model, tokens.createToken(name, scope).token(), null);
                },
                e -> page(model, null, e.getMessage()));
    }

    @PostMapping("/app/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String confirm) {
        Forms.requireConfirmation(confirm);
        tokens.revokeToken(id);
        return "redirect:/app/account";
    }

    @PostMapping("/app/account/password")
    String password(
            @RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            Model model,
            HttpServletResponse response) {
        return Forms.submit(
                response,
                () -> {
                    accounts.changePassword(CurrentUser.name(), currentPassword, newPassword);
                    return page(model, null, Texts.t("app.account.passwordChanged"));
                },
                e -> page(model, null, e.getMessage()));
    }

    private String page(Model model, String newToken, String message) {
        model.addAttribute("username", CurrentUser.name());
        model.addAttribute("role", CurrentUser.role().map(Role::name).orElse(""));
        model.addAttribute("tokens", tokens.tokens());
        model.addAttribute("newToken", newToken);
        model.addAttribute("message", message);
        return "account/account";
    }
}
