package org.casebook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Reads are worked out a few at a time, in the order their requests came; the others wait their turn. When a news
 * story sends many readers at once, sixty-four requests worked out together on two cores each took turns with all
 * the others, and one reader in a hundred waited five times as long as the median; in arrival order, 1.3 to 1.5
 * times (docs/benchmarks.md, "Public pages under load"). A GET or HEAD waits for its turn before anything else is
 * done for it; once its handler is known, a download, a static file or anything else that moves at its client's
 * speed gives the turn back at once, so a slow client never holds one. Other methods (forms, uploads, API writes)
 * never wait.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PageTurns extends OncePerRequestFilter implements WebMvcConfigurer, HandlerInterceptor {
    private static final String HELD = PageTurns.class.getName() + ".held";

    private final Semaphore turns;
    private final Duration patience;

    /**
     * @param atOnce   how many at a time; 0: two per processor (the machine's cores and PostgreSQL's share them)
     * @param patience how long a request waits for its turn before it is answered 503, to be tried again
     */
    PageTurns(
            @Value("${casebook.web.pages-at-once:0}") int atOnce,
            @Value("${casebook.web.page-patience:30s}") Duration patience) {
        this.turns =
                new Semaphore(atOnce > 0 ? atOnce : 2 * Runtime.getRuntime().availableProcessors(), true);
        this.patience = patience;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            if (!turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        request.setAttribute(HELD, Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            giveBack(request);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!answeredFromMemory(handler)) {
            giveBack(request);
        }
        return true;
    }

    private void giveBack(HttpServletRequest request) {
        if (request.getAttribute(HELD) != null) {
            request.removeAttribute(HELD);
            turns.release();
        }
    }

    /** A view or a body built whole before it is sent; not a stream, a file or a written response. */
    static boolean answeredFromMemory(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return false;
        }
        Class<?> answer = method.getReturnType().getParameterType();
        return answer != void.class
                && !ResponseEntity.class.isAssignableFrom(answer)
                && !StreamingResponseBody.class.isAssignableFrom(answer)
                && !Resource.class.isAssignableFrom(answer);
    }
}
