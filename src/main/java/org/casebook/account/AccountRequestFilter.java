package org.casebook.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.casebook.access.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two things per request. An API request with a bearer token acts as the token's holder (never as the session's),
 * with the token's scope. A signed-in session is checked against the account as it is now, so a disabled account
 * or a lowered role takes effect at the next request rather than at the session's end.
 */
class AccountRequestFilter extends OncePerRequestFilter {
    private final AccountService accounts;
    private final AccessTokens tokens;

    AccountRequestFilter(AccountService accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /**
     * Tokens act on the API only. A token is never sent by a browser on its own, so API requests carrying one need no
     * CSRF token; pages need a session that passed the second factor, so a token (even a read token) can never reach
     * the pages that make tokens or change accounts.
     */
    static boolean carriesToken(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                && request.getRequestURI().startsWith("/api/");
    }

    private static boolean pageWithToken(HttpServletRequest request) {
        String path = request.getRequestURI();
        return request.getHeader("Authorization") != null && (path.equals("/app") || path.startsWith("/app/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (pageWithToken(request)) {
            response.setStatus(401);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                                    + "\"detail\":\"Personal access tokens act on /api/ only; pages need a signed-in session.\"}");
            return;
        }
        if (carriesToken(request)) {
            String header = request.getHeader("Authorization");
            Optional<AccessTokens.TokenHolder> holder = header.startsWith("Bearer ")
                    ? tokens.tokenHolder(header.substring(7).strip())
                    : Optional.empty();
            if (holder.isEmpty()) {
                response.setStatus(401);
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                                + "\"detail\":\"The access token is unknown, revoked or malformed.\"}");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    signedIn(holder.get().username(), holder.get().effectiveRole()));
            SecurityContextHolder.setContext(context);
        } else {
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            if (current != null && !(current instanceof AnonymousAuthenticationToken) && current.isAuthenticated()) {
                Optional<Account> account = accounts.find(current.getName());
                if (account.isEmpty() || account.get().disabled()) {
                    SecurityContextHolder.clearContext();
                    if (request.getSession(false) != null) {
                        request.getSession(false).invalidate();
                    }
                } else if (current.getAuthorities().stream()
                        .noneMatch(a ->
                                a.getAuthority().equals(account.get().role().authority()))) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(
                            signedIn(account.get().username(), account.get().role()));
                    SecurityContextHolder.setContext(context);
                }
            }
        }
        chain.doFilter(request, response);
    }

    static Authentication signedIn(String username, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
