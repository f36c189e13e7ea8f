package org.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Pages and API answers are worked out a few at a time, in the order their requests came; the others wait their
 * turn. When a news story sends many readers at once, sixty-four requests worked out together on two cores each
 * took turns with all the others, and one reader in a hundred waited five times as long as the median; in arrival
 * order, about twice (docs/benchmarks.md, "Public pages under load"). Only reads answered from memory wait here (GET
 * and HEAD, answered by a view or a body): a download or an upload moves at its client's speed and would hold a turn
 * the whole time.
 */
@Configuration
class PageTurns implements WebMvcConfigurer, HandlerInterceptor {
    private static final String HELD = PageTurns.class.getName() + ".held";

    private final Semaphore turns;
    private final Duration patience;

    /**
     * @param atOnce   how many at a time; 0: four per processor (the machine's cores and PostgreSQL's share them)
     * @param patience how long a request waits for its turn before it is answered 503, to be tried again
     */
    PageTurns(
            @Value("${casebook.web.pages-at-once:0}") int atOnce,
            @Value("${casebook.web.page-patience:30s}") Duration patience) {
        this.turns =
                new Semaphore(atOnce > 0 ? atOnce : 4 * Runtime.getRuntime().availableProcessors(), true);
        this.patience = patience;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (waits(request, handler) && request.getAttribute(HELD) == null) {
            awaitTurn(response);
            request.setAttribute(HELD, Boolean.TRUE);
        }
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(HELD) != null) {
            request.removeAttribute(HELD);
            turns.release();
        }
    }

    private void awaitTurn(HttpServletResponse response) {
        try {
            if (!turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "busy: try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "stopping");
        }
    }

    static boolean waits(HttpServletRequest request, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
            return false;
        }
        Class<?> answer = method.getReturnType().getParameterType();
        return answer != void.class
                && !ResponseEntity.class.isAssignableFrom(answer)
                && !StreamingResponseBody.class.isAssignableFrom(answer)
                && !Resource.class.isAssignableFrom(answer);
    }
}
