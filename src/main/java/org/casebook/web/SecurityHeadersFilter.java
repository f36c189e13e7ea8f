package org.casebook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that keep injected markup inert and pages out of other sites' frames. The pages have no inline script
 * or style, so the policy can forbid both. Swagger UI, a third-party page, gets a looser style policy of its own.
 * Responses that set a stricter policy (evidence downloads: sandbox) keep theirs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {
    /** The map pages, which may show background tiles from the configured tile server (casebook.map.tiles). */
    private static final List<String> MAP_PAGES = List.of("/facilities", "/app/facilities");

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String SWAGGER_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final String mapPolicy;

    SecurityHeadersFilter(@Value("${casebook.map.tiles:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles) {
        this.mapPolicy = POLICY.replace("img-src 'self';", "img-src 'self'" + origin(tiles) + ";");
    }

    /** " https://tile.example.org" for a tile address on that server; empty when there is none or it is unusable. */
    static String origin(String tiles) {
        try {
            URI uri = new URI(tiles.replace("{", "").replace("}", ""));
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null && uri.getHost().matches("[A-Za-z0-9.-]+")
                    ? " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    : "";
        } catch (URISyntaxException e) {
            return "";
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean swagger = path.startsWith("/api/v1/docs") || path.startsWith("/api/v1/swagger-ui");
        response.setHeader(
                "Content-Security-Policy", swagger ? SWAGGER_POLICY : MAP_PAGES.contains(path) ? mapPolicy : POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            // Only over TLS (directly, or as a trusted proxy says): a browser then refuses plain HTTP for a year.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
