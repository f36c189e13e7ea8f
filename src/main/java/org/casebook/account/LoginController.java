package org.casebook.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casebook.web.Texts;
import org.casebook.web.Throttle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in in two steps: password, then a TOTP or recovery code (or, for an editor or admin without one yet,
 * enrolment). Between the steps the session holds only a pending sign-in that expires; the session id changes
 * when the password is accepted and the session is replaced when sign-in completes, so a planted id is useless.
 */
@Controller
class LoginController {
    private static final String PENDING = "casebook.pendingLogin";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);
    /**
     * The one answer of the password step to anything but success: a locked account answers as an unknown name does,
     * so the answers never tell which account names exist (docs/security.md).
     */
    private static final String REFUSED = "app.login.refused";

    private static final String LOCKED = "app.login.locked";

    private final AccountService accounts;
    private final SecurityContextRepository contexts;
    private final Throttle throttle;
    /** Sign-in attempts one address may make in ten minutes. */
    private final int attemptsPerAddress;

    private final Clock clock;

    LoginController(
            AccountService accounts,
            SecurityContextRepository contexts,
            Throttle throttle,
            Clock clock,
            @Value("${casebook.login.attempts-per-address:20}") int attemptsPerAddress) {
        this.attemptsPerAddress = attemptsPerAddress;
        this.accounts = accounts;
        this.contexts = contexts;
        this.throttle = throttle;
        this.clock = clock;
    }

    record Pending(long accountId, Instant startedAt, String next, String enrolSecret) implements Serializable {}

    @GetMapping("/login")
    String loginPage(
            @RequestParam(required = false) String next,
            @RequestParam(required = false) String signedOut,
            Model model) {
        return login(model, safeNext(next), null, signedOut != null);
    }

    @PostMapping("/login")
    String signIn(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String target = safeNext(next);
        if (!throttle.allow("login", request.getRemoteAddr(), attemptsPerAddress, Duration.ofMinutes(10))) {
            response.setStatus(429);
            return login(model, target, Texts.t("app.login.tooMany"), false);
        }
        LoginResult result = accounts.checkPassword(username, password);
        return switch (result) {
            case LoginResult.Refused r -> refused(response, model, target, Texts.t(REFUSED));
            case LoginResult.Locked l -> refused(response, model, target, Texts.t(REFUSED));
            case LoginResult.SignedIn s -> complete(s, target, request, response);
            case LoginResult.NeedsCode n -> {
                request.changeSessionId();
                request.getSession()
                        .setAttribute(
                                PENDING,
                                new Pending(
                                        n.accountId(),
                                        clock.instant(),
                                        target,
                                        n.mustEnrol() ? Totp.newSecret() : null));
                yield n.mustEnrol() ? "redirect:/login/enrol" : "redirect:/login/code";
            }
        };
    }

    @GetMapping("/login/code")
    String codePage(HttpServletRequest request, Model model) {
        if (pending(request).isEmpty()) {
            return "redirect:/login";
        }
        model.addAttribute("message", null);
        return "account/code";
    }

    @PostMapping("/login/code")
    String code(
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Pending> pending = pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        LoginResult result = accounts.checkCode(pending.get().accountId(), code);
        if (result instanceof LoginResult.SignedIn s) {
            return complete(s, pending.get().next(), request, response);
        }
        response.setStatus(401);
        if (result instanceof LoginResult.Locked) {
            request.getSession().removeAttribute(PENDING);
            return login(model, pending.get().next(), Texts.t(LOCKED), false);
        }
        model.addAttribute("message", Texts.t("app.login.badCode"));
        return "account/code";
    }

    @GetMapping("/login/enrol")
    String enrolPage(HttpServletRequest request, Model model) {
        Optional<Pending> pending = pending(request).filter(p -> p.enrolSecret() != null);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        return enrol(model, pending.get(), null);
    }

    @PostMapping("/login/enrol")
    String confirmEnrolment(
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<Pending> pending = pending(request).filter(p -> p.enrolSecret() != null);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        Optional<List<String>> codes =
                accounts.enrol(pending.get().accountId(), pending.get().enrolSecret(), code);
        if (codes.isEmpty()) {
            response.setStatus(400);
            return enrol(model, pending.get(), Texts.t("app.login.badEnrolCode"));
        }
        Account account = accounts.get(pending.get().accountId());
        complete(
                new LoginResult.SignedIn(account.id(), account.username(), account.role()),
                pending.get().next(),
                request,
                response);
        model.addAttribute("codes", codes.get());
        model.addAttribute("next", pending.get().next());
        return "account/recovery-codes";
    }

    private String enrol(Model model, Pending pending, String message) {
        Account account = accounts.get(pending.accountId());
        model.addAttribute("secret", pending.enrolSecret());
        model.addAttribute("uri", Totp.uri("Casebook", account.username(), pending.enrolSecret()));
        model.addAttribute("message", message);
        return "account/enrol";
    }

    private String complete(
            LoginResult.SignedIn signedIn, String next, HttpServletRequest request, HttpServletResponse response) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(AccountRequestFilter.signedIn(signedIn.username(), signedIn.role()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + next;
    }

    private Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
            return Optional.empty();
        }
        if (p.startedAt().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private String refused(HttpServletResponse response, Model model, String next, String message) {
        response.setStatus(401);
        return login(model, next, message, false);
    }

    private static String login(Model model, String next, String message, boolean signedOut) {
        model.addAttribute("next", next);
        model.addAttribute("message", message);
        model.addAttribute("signedOut", signedOut);
        return "account/login";
    }

    /** Only a path on this site, so the sign-in page cannot be used to send someone elsewhere. */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/app")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/app/persons";
        }
        return next;
    }
}
