package org.casebook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over the limit before anything reads them. A declared length is checked up front; a chunked
 * body is counted as it is read, so a client cannot stream past the limit by leaving the length out.
 */
@Component
// Before Spring Security: its CSRF check reads a form's body, and nothing may read a body before its size is checked.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestSizeLimitFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimitFilter.class);
    /** Room for an article form's other fields beside its file. */
    private static final long FORM_FIELDS = 1L << 20;

    private final long bodyLimit;
    private final long articleLimit;
    private final long reportLimit;
    private final long listLimit;

    /** A report may carry up to three photos or documents (casebook.report.max-file-bytes each). */
    RequestSizeLimitFilter(
            @Value("${casebook.request.max-body-bytes}") long bodyLimit,
            @Value("${casebook.ingest.max-file-bytes:10485760}") long articleFileLimit,
            @Value("${casebook.report.max-file-bytes:10485760}") long reportFileLimit,
            @Value("${casebook.imports.max-file-bytes:268435456}") long listFileLimit) {
        this.bodyLimit = bodyLimit;
        this.articleLimit = articleFileLimit + FORM_FIELDS;
        this.reportLimit = 3 * reportFileLimit + FORM_FIELDS;
        this.listLimit = listFileLimit + FORM_FIELDS;
    }

    /** Evidence uploads stream to disk under their own, much larger limit (casebook.evidence.max-bytes). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "POST".equals(request.getMethod()) && (path.equals("/api/v1/evidence") || path.equals("/app/evidence"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An article's file, a report's files and a list (the forms say how large) may pass the general limit.
        boolean post = "POST".equals(request.getMethod());
        String path = request.getRequestURI();
        long limit = !post
                ? bodyLimit
                : switch (path) {
                    case "/app/ingest" -> articleLimit;
                    case "/report" -> reportLimit;
                    // A list to import streams into the evidence store; 200 MB lists are expected.
                    case "/app/imports",
                            "/app/imports/casebook-export",
                            "/app/imports/casebook-published",
                            "/api/v1/imports",
                            "/api/v1/imports/casebook-export",
                            "/api/v1/imports/casebook-published" -> listLimit;
                    default -> bodyLimit;
                };
        if (request.getContentLengthLong() > limit) {
            log.warn(
                    "Refused a {}-byte body to {} {} from {}: over the limit of {} bytes",
                    request.getContentLengthLong(),
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getRemoteAddr(),
                    limit);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setCharacterEncoding("UTF-8");
            if (request.getRequestURI().startsWith("/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                                + "\"detail\":\"The request body is larger than the limit of " + limit + " bytes.\"}");
            } else {
                RefusalPage.write(
                        request,
                        response,
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "refusal.tooLarge.title",
                        "refusal.tooLarge",
                        null,
                        null,
                        "kib",
                        limit / 1024);
            }
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLarge {
            count += n;
            if (count > limit) {
                throw new RequestTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
