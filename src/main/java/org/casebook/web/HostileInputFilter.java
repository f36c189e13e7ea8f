package org.casebook.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First in line: a query string that is not valid UTF-8 once percent-decoded, or holds a NUL, is answered 400
 * before anything reads it; a form body of the same kind, which Tomcat refuses only when a parameter is first read
 * (often by the CSRF check), is answered 400 too. One log line, never the value, never a stack trace.
 */
@Component
// After SecurityHeadersFilter, so a refusal carries the headers too.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HostileInputFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(HostileInputFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().equals("/error") || request.getRequestURI().startsWith("/error/")) {
            // The error page is for errors; asked for directly it would report a 500 that never happened.
            RefusalPage.write(
                    request,
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    "refusal.notFound.title",
                    "refusal.notFound",
                    "/",
                    "refusal.home");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type is not a media type a body can have (no wildcards).");
            return;
        }
        String query = request.getQueryString();
        if (query != null && !readable(query)) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The address's query is not valid UTF-8 text, or holds a NUL character.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByBadParameter(e) || response.isCommitted()) {
                throw e;
            }
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The form's fields are not valid UTF-8 text.");
        }
    }

    /** Percent-decodes the way a form decoder does and checks the bytes are UTF-8 without NUL. */
    static boolean readable(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return false;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        byte[] raw = bytes.toByteArray();
        for (byte b : raw) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean causedByBadParameter(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }

    private static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        log.warn(
                "Refused {} {} from {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr(),
                detail);
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\""
                            + (status == 400 ? "Bad Request" : "Unsupported Media Type")
                            + "\",\"status\":" + status + ",\"detail\":\""
                            + detail + "\"}");
        } else {
            RefusalPage.write(
                    request, response, status, "refusal.notUnderstood.title", "refusal.notUnderstood", null, null);
        }
    }
}
