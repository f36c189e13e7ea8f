package org.casebook.access;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now: the name written into history and the audit log, and the role the services check. */
public final class CurrentUser {
    public static final String SYSTEM = "system";

    private CurrentUser() {}

    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "anonymous";
        }
        return auth.getName();
    }

    public static Optional<Role> role() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        for (Role role : List.of(Role.admin, Role.editor, Role.contributor, Role.viewer)) {
            if (auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(role.authority())
                            || a.getAuthority().equals("ROLE_SYSTEM"))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public static boolean has(Role role) {
        return role().map(r -> r.includes(role)).orElse(false);
    }

    /**
     * Runs work that belongs to the application itself (loading the demo data, a command-line step) with the
     * system role, and restores whoever was acting before.
     */
    public static <T> T asSystem(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor, null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void asSystem(String actor, Runnable work) {
        asSystem(actor, () -> {
            work.run();
            return null;
        });
    }
}
