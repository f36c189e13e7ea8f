package org.casebook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Published pages and public API answers may be kept for a minute by browsers and shared caches (a reverse proxy or
 * a CDN absorbing a news spike) and served a little stale while they refresh, with an ETag so that a reader who has
 * the page gets "304 Not Modified". Everything else stays "no-store": forms, reports and receipts, the documenters'
 * pages, errors, and any answer that sets a cookie (a language choice), which must never be shared.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublicCaching extends ShallowEtagHeaderFilter {
    static final String SHARED = "public, max-age=60, stale-while-revalidate=600";
    static final String NEVER = "no-store";
    private static final List<String> PREFIXES = List.of(
            "/persons/",
            "/sources/",
            "/facilities/",
            "/sitemap/",
            "/statistics/",
            "/api/public/v1/",
            "/fonts/",
            "/css/",
            "/webjars/");
    private static final List<String> PAGES = List.of(
            "/",
            "/search",
            "/search.csv",
            "/search.json",
            "/status-rules",
            "/transparency",
            "/statistics",
            "/proof-of-life",
            "/facilities",
            "/facilities.csv",
            "/facilities.geojson",
            "/sitemap.xml",
            "/robots.txt",
            "/feed.atom");

    static boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        // A public file's thumbnail is small; the file itself may be large and is never held in memory for an ETag.
        boolean thumbnail = path.startsWith("/evidence/") && path.endsWith("/thumbnail");
        return thumbnail || PAGES.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        super.doFilterInternal(request, response, chain);
    }

    @Override
    protected boolean isEligibleForEtag(
            HttpServletRequest request, HttpServletResponse response, int status, InputStream body) {
        boolean shared = (status == 200 || status == 304) && response.getHeader(HttpHeaders.SET_COOKIE) == null;
        response.setHeader(HttpHeaders.CACHE_CONTROL, shared ? SHARED : NEVER);
        if (shared) {
            // The same address answers in the reader's language (header or cookie).
            response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
            response.setHeader("Pragma", null);
            response.setHeader(HttpHeaders.EXPIRES, null);
        }
        return shared && super.isEligibleForEtag(request, response, status, body);
    }

    /**
     * The page's SHA-256, cut to 128 bits: Spring's MD5 of every page was a twentieth of a person page's time, and
     * SHA-256 runs on the processor's own instructions at about twice MD5's speed here.
     */
    @Override
    protected String generateETagHeaderValue(InputStream body, boolean weak) throws IOException {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(body.readAllBytes());
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java has SHA-256", absent);
        }
        return (weak ? "W/" : "") + "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    }
}
