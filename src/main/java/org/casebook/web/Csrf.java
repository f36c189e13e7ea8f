package org.casebook.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The current request's CSRF token, for the hidden field every state-changing form carries (tag/csrf.jte). */
public final class Csrf {
    private Csrf() {}

    public static String parameterName() {
        CsrfToken token = token();
        return token == null ? "_csrf" : token.getParameterName();
    }

    public static String value() {
        CsrfToken token = token();
        return token == null ? "" : token.getToken();
    }

    private static CsrfToken token() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        return (CsrfToken) attributes.getRequest().getAttribute(CsrfToken.class.getName());
    }
}
