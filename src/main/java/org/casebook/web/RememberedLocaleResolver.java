package org.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language from the cookie or the browser, remembered for the rest of the request: Spring's own answer
 * reads a request attribute, through every filter's request wrapper, each time it is asked, and every text of a page
 * asks (hundreds per page). A choice made during the request ({@code ?lang=}) replaces what was remembered.
 */
class RememberedLocaleResolver extends CookieLocaleResolver {
    private static final String REMEMBERED = RememberedLocaleResolver.class.getName() + ".remembered";

    RememberedLocaleResolver(String cookieName) {
        super(cookieName);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        Remembered remembered = new Remembered(super.resolveLocaleContext(request));
        request.setAttribute(REMEMBERED, remembered);
        return remembered;
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        super.setLocaleContext(request, response, context);
        if (request.getAttribute(REMEMBERED) instanceof Remembered remembered) {
            remembered.forget();
        }
    }

    private static final class Remembered implements TimeZoneAwareLocaleContext {
        private final LocaleContext resolved;
        private volatile Locale locale;

        private Remembered(LocaleContext resolved) {
            this.resolved = resolved;
        }

        @Override
        public Locale getLocale() {
            Locale known = locale;
            if (known == null) {
                known = resolved.getLocale();
                locale = known;
            }
            return known;
        }

        @Override
        public TimeZone getTimeZone() {
            return resolved instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
        }

        private void forget() {
            locale = null;
        }
    }
}
