package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;

class PageTurnsTest {
    /** Stand-ins for controllers: a page, a download that writes as its client reads. */
    static class Handlers {
        String page() {
            return "publish/person";
        }

        void download(HttpServletResponse response) {}
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        for (var method : Handlers.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return new HandlerMethod(new Handlers(), method);
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static MockHttpServletRequest get() {
        return new MockHttpServletRequest("GET", "/persons/CB-000001");
    }

    @Test
    void aPageWaitsForATurnAndGetsItWhenTheOneBeforeEnds() throws Exception {
        PageTurns turns = new PageTurns(1, Duration.ofSeconds(10));
        HandlerMethod page = handler("page");
        MockHttpServletRequest first = get();
        assertThat(turns.preHandle(first, new MockHttpServletResponse(), page)).isTrue();

        MockHttpServletRequest second = get();
        CompletableFuture<Boolean> waiting =
                CompletableFuture.supplyAsync(() -> turns.preHandle(second, new MockHttpServletResponse(), page));
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        turns.afterCompletion(first, new MockHttpServletResponse(), page, null);
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
        turns.afterCompletion(second, new MockHttpServletResponse(), page, null);
    }

    @Test
    void aRequestThatWaitsTooLongIsToldToTryAgain() throws Exception {
        PageTurns turns = new PageTurns(1, Duration.ofMillis(100));
        HandlerMethod page = handler("page");
        MockHttpServletRequest first = get();
        turns.preHandle(first, new MockHttpServletResponse(), page);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThatThrownBy(() -> turns.preHandle(get(), refused, page))
                .isInstanceOf(ResponseStatusException.class)
                .satisfies(e -> assertThat(
                                ((ResponseStatusException) e).getStatusCode().value())
                        .isEqualTo(503));
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");

        // The error page of that same request (a second dispatch) does not wait for a second turn.
        turns.afterCompletion(first, new MockHttpServletResponse(), page, null);
        MockHttpServletRequest failing = get();
        turns.preHandle(failing, new MockHttpServletResponse(), page);
        assertThat(turns.preHandle(failing, new MockHttpServletResponse(), page))
                .isTrue();
        turns.afterCompletion(failing, new MockHttpServletResponse(), page, null);
        turns.afterCompletion(failing, new MockHttpServletResponse(), page, null);
        // Released once only: one turn, taken again at once.
        MockHttpServletRequest next = get();
        turns.preHandle(next, new MockHttpServletResponse(), page);
        assertThatThrownBy(() -> turns.preHandle(get(), new MockHttpServletResponse(), page))
                .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void downloadsUploadsAndStaticFilesNeverWait() throws Exception {
        assertThat(PageTurns.waits(get(), handler("page"))).isTrue();
        assertThat(PageTurns.waits(new MockHttpServletRequest("HEAD", "/"), handler("page")))
                .isTrue();
        assertThat(PageTurns.waits(get(), handler("download"))).isFalse();
        assertThat(PageTurns.waits(new MockHttpServletRequest("POST", "/report"), handler("page")))
                .isFalse();
        assertThat(PageTurns.waits(get(), new Object())).isFalse();
    }
}
