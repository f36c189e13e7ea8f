package org.casebook.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The small pages that filters answer with before any page controller runs (a body too large, text that cannot be
 * read, a sign-in needed): in the reader's language like every other page. The language comes from the reader's
 * remembered choice (the cookie) or their browser, never from the request's parameters: reading those would read
 * the body that is being refused.
 */
public final class RefusalPage {
    private RefusalPage() {}

    /**
     * @param titleKey   the page's heading
     * @param messageKey what happened and what to do, with its {@code arguments} (name, value, …)
     * @param linkHref   where a link after the message leads (null for none), named by {@code linkKey}
     */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String titleKey,
            String messageKey,
            String linkHref,
            String linkKey,
            Object... arguments)
            throws IOException {
        Language language = language(request);
        String title = Texts.escape(Texts.format(language, titleKey));
        String link = linkHref == null
                ? ""
                : " <a href=\"" + linkHref + "\">" + Texts.escape(Texts.format(language, linkKey)) + "</a>";
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!doctype html><html lang=\"" + language.tag() + "\" dir=\"" + language.dir() + "\"><head>"
                        + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + title + " · Casebook</title><link rel=\"stylesheet\" href=\"/css/casebook.css\">"
                        + "</head><body><main id=\"main\"><h1>" + title + "</h1><p>"
                        + Texts.escape(Texts.format(language, messageKey, arguments)) + link
                        + "</p></main></body></html>");
    }

    static Language language(HttpServletRequest request) {
        Optional<Language> chosen = Optional.ofNullable(request.getCookies())
                .flatMap(cookies -> Arrays.stream(cookies)
                        .filter(c -> LanguageConfig.COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst())
                .flatMap(Language::parse);
        return chosen.orElseGet(() -> Language.forAcceptLanguage(request.getHeader("Accept-Language")));
    }
}
