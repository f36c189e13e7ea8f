package org.casebook.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.casebook.audit.AuditLog;
import org.casebook.web.RefusalPage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who may reach what. Everything is refused unless listed: the public site, the relatives' report form, sign-in
 * and static files are open; documenters' pages and the API need an account, writing needs a contributor, and
 * admin pages an admin. Finer rules (editing published records, publishing, secrets) are checked again in the
 * services, which the API and pages share.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {
    static final String[] PUBLIC = {
        "/",
        "/persons/**",
        "/sources/**",
        "/search",
        "/search.csv",
        "/search.json",
        "/status-rules",
        "/transparency",
        "/transparency/**",
        "/statistics",
        "/proof-of-life",
        "/facilities",
        "/facilities/**",
        "/facilities.csv",
        "/facilities.geojson",
        "/export/**",
        "/evidence/**",
        "/statistics/**",
        "/robots.txt",
        "/sitemap.xml",
        "/sitemap/**",
        "/feed.atom",
        "/report",
        "/report/**",
        "/login",
        "/login/**",
        "/css/**",
        "/js/**",
        "/fonts/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/api/public/v1/**",
        "/api/v1/docs",
        "/api/v1/docs/**",
        "/api/v1/swagger-ui/**",
        "/api/v1/openapi",
        "/api/v1/openapi.yaml",
        "/api/v1/openapi/**"
    };

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_SYSTEM > ROLE_ADMIN
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_EDITOR > ROLE_CONTRIBUTOR
                ROLE_CONTRIBUTOR > ROLE_VIEWER""");
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** No user-details lookup by Spring: sign-in is LoginController's, so Boot must not make a default user. */
    @Bean
    UserDetailsService noUserDetails() {
        return username -> {
            throw new UsernameNotFoundException("sign in at /login");
        };
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountService accounts,
            AccessTokens tokens,
            AuditLog audit,
            SecurityContextRepository contexts)
            throws Exception {
        http.securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/app/admin/**", "/api/v1/admin/**")
                        .hasRole("ADMIN")
                        // Importing a list writes thousands of records at once and opens the list, and its dry run
                        // reads everyone documented: editors' work.
                        .requestMatchers(
                                "/app/imports",
                                "/app/imports/**",
                                "/api/v1/imports",
                                "/api/v1/imports/**",
                                "/api/v1/lists/dry-run")
                        .hasRole("EDITOR")
                        .requestMatchers(HttpMethod.GET, "/app/**", "/api/v1/**")
                        .hasRole("VIEWER")
                        .requestMatchers(HttpMethod.HEAD, "/app/**", "/api/v1/**")
                        .hasRole("VIEWER")
                        .requestMatchers("/logout", "/app/account", "/app/account/**")
                        .authenticated()
                        .requestMatchers("/app/**", "/api/v1/**")
                        .hasRole("CONTRIBUTOR")
                        .anyRequest()
                        .denyAll())
                .csrf(c -> c.ignoringRequestMatchers(AccountRequestFilter::carriesToken)
                        .csrfTokenRequestHandler(new BodyOnlyCsrf()))
                .addFilterBefore(new AccountRequestFilter(accounts, tokens), AuthorizationFilter.class)
                .exceptionHandling(
                        e -> e.authenticationEntryPoint((request, response, ex) -> refuse(request, response, 401))
                                .accessDeniedHandler((request, response, ex) -> refuse(request, response, 403)))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .requestCache(r -> r.disable())
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                audit.recordAs(auth.getName(), "logout", "account/" + auth.getName(), null);
                            }
                        }));
        return http.build();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            String detail = status == 401
                    ? "Sign in or send a personal access token as 'Authorization: Bearer <token>'."
                    : "Your account's role or token scope does not allow this (a missing CSRF token also ends here).";
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
                            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
        } else if (status == 401 && "GET".equals(request.getMethod())) {
            response.sendRedirect("/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        } else if (status == 401) {
            RefusalPage.write(
                    request,
                    response,
                    status,
                    "refusal.notAllowed.title",
                    "refusal.signInFirst",
                    "/login",
                    "refusal.signIn");
        } else {
            RefusalPage.write(request, response, status, "refusal.notAllowed.title", "refusal.notAllowed", null, null);
        }
    }
}
