package org.casebook.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token is read from the header or the form body, never from the address: a token in a URL ends up in
 * logs, history and Referer headers. A request that puts it in the query string is refused.
 */
final class BodyOnlyCsrf implements CsrfTokenRequestHandler {
    private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        standard.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                try {
                    if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(token.getParameterName())) {
                        return null;
                    }
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return standard.resolveCsrfTokenValue(request, token);
    }
}
