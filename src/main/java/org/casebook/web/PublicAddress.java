package org.casebook.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's own address, for what must carry absolute links (citations, the feed, the sitemap, Open Graph).
 * Set {@code casebook.public-url} in production: without it the address is taken from the request, and a page
 * cached by a proxy could then carry a forged Host header's address to other readers.
 */
@Component
public class PublicAddress {
    private static volatile String configured = "";

    PublicAddress(@Value("${casebook.public-url:}") String url) {
        configured = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute address of a path of this site ("/persons/CB-000001"). */
    public static String of(String path) {
        return (configured.isEmpty() ? fromRequest() : configured) + path;
    }

    /** The request's own address, worked out once per request: a page asks for it for every absolute link. */
    private static String fromRequest() {
        RequestAttributes request = RequestContextHolder.currentRequestAttributes();
        if (request.getAttribute(BASE, RequestAttributes.SCOPE_REQUEST) instanceof String known) {
            return known;
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        request.setAttribute(BASE, base, RequestAttributes.SCOPE_REQUEST);
        return base;
    }

    private static final String BASE = PublicAddress.class.getName() + ".base";
}
