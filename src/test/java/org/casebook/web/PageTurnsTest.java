package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

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

    /** Each request on a thread of its own (the common pool may have a single thread on a small machine). */
    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

    private final CountDownLatch firstMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstStarted = new CountDownLatch(1);

    /** The first request, in its own thread: it takes its turn, then is handled by handler and waits to end. */
    private CompletableFuture<Void> first(PageTurns turns, String handler) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        turns.doFilter(
                                new MockHttpServletRequest("GET", "/first"), new MockHttpServletResponse(), (r, s) -> {
                                    try {
                                        turns.preHandle(
                                                (HttpServletRequest) r, (HttpServletResponse) s, handler(handler));
                                        firstStarted.countDown();
                                        firstMayEnd.await();
                                    } catch (Exception e) {
                                        throw new IllegalStateException(e);
                                    }
                                });
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                THREADS);
    }

    /** A second request; the future ends when its handler is reached, with the answer's status. */
    private static CompletableFuture<Integer> second(PageTurns turns, String method) {
        return CompletableFuture.supplyAsync(
                () -> {
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    FilterChain handled = (r, s) -> {};
                    try {
                        turns.doFilter(new MockHttpServletRequest(method, "/second"), response, handled);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return response.getStatus();
                },
                THREADS);
    }

    @Test
    void aPageWaitsForItsTurnAndGetsItWhenThePageBeforeEnds() throws Exception {
        PageTurns turns = new PageTurns(1, Duration.ofSeconds(10));
        CompletableFuture<Void> first = first(turns, "page");
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> waiting = second(turns, "GET");
        Thread.sleep(300);
        assertThat(waiting).isNotDone();
        firstMayEnd.countDown();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(200);
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRequestThatWaitsTooLongIsToldToTryAgain() throws Exception {
        PageTurns turns = new PageTurns(1, Duration.ofMillis(100));
        CompletableFuture<Void> first = first(turns, "page");
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        turns.doFilter(new MockHttpServletRequest("GET", "/second"), refused, (r, s) -> {});
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        firstMayEnd.countDown();
        first.get(5, TimeUnit.SECONDS);
        // The turn came back once: the next request has it.
        assertThat(second(turns, "GET").get(5, TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void aDownloadGivesItsTurnBackAndFormsNeverWait() throws Exception {
        PageTurns turns = new PageTurns(1, Duration.ofMillis(100));
        CompletableFuture<Void> download = first(turns, "download");
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        // The download is still being sent, yet a page gets the only turn.
        assertThat(second(turns, "GET").get(5, TimeUnit.SECONDS)).isEqualTo(200);
        firstMayEnd.countDown();
        download.get(5, TimeUnit.SECONDS);

        CountDownLatch pageMayEnd = new CountDownLatch(1);
        CompletableFuture<Void> page = CompletableFuture.runAsync(
                () -> {
                    try {
                        turns.doFilter(
                                new MockHttpServletRequest("GET", "/page"),
                                new MockHttpServletResponse(),
                                (r, s) -> awaitQuietly(pageMayEnd));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                THREADS);
        Thread.sleep(200);
        assertThat(second(turns, "POST").get(5, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(second(turns, "GET").get(5, TimeUnit.SECONDS)).isEqualTo(503);
        pageMayEnd.countDown();
        page.get(5, TimeUnit.SECONDS);
    }

    @Test
    void onlyViewsAndBodiesBuiltWholeKeepTheirTurn() throws Exception {
        assertThat(PageTurns.answeredFromMemory(handler("page"))).isTrue();
        assertThat(PageTurns.answeredFromMemory(handler("download"))).isFalse();
        assertThat(PageTurns.answeredFromMemory(new Object())).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
