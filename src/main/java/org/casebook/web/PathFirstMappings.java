package org.casebook.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's handler by its path first. Spring tries every route with a variable in it against each such
 * request and checks the method, headers and media types of each before its path: with this many routes that was a
 * tenth of a public page's time under load (docs/benchmarks.md). The literal start of a route's path ("/persons/" of
 * "/persons/{publicId}") rules out nearly all routes with a string comparison; a route whose start fits is matched by
 * its path pattern, then checked in full as before, so which handler answers is unchanged; a path no route's start fits
 * (a static file) is not matched half-way against every route to explain why none answers. A path with an escape in
 * it ("%6F") skips the comparison, since patterns match the path's decoded words.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings implements WebMvcRegistrations {
    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            private final ThreadLocal<String> lookupPath = new ThreadLocal<>();
            private final Map<RequestMappingInfo, Start[]> starts = new ConcurrentHashMap<>();

            @Override
            protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
                lookupPath.set(path.indexOf('%') < 0 && path.indexOf(';') < 0 ? path : null);
                try {
                    return super.lookupHandlerMethod(path, request);
                } finally {
                    lookupPath.remove();
                }
            }

            /** No route's start fits (a static file's path): no route half-matches it either, so none is tried. */
            @Override
            protected HandlerMethod handleNoMatch(
                    Set<RequestMappingInfo> infos, String path, HttpServletRequest request) throws ServletException {
                String plain = lookupPath.get();
                if (plain != null
                        && infos.stream()
                                .allMatch(info -> info.getPathPatternsCondition() != null && !mayMatch(info, plain))) {
                    return null;
                }
                return super.handleNoMatch(infos, path, request);
            }

            @Override
            protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths != null && !mayMatch(info, lookupPath.get())) {
                    return null;
                }
                if (paths != null && paths.getMatchingCondition(request) == null) {
                    return null;
                }
                return super.getMatchingMapping(info, request);
            }

            private boolean mayMatch(RequestMappingInfo info, String path) {
                if (path == null) {
                    return true;
                }
                // Read without computeIfAbsent, which locks the map's bin when the route is not its first entry.
                Start[] known = starts.get(info);
                if (known == null) {
                    known = info.getPathPatternsCondition().getPatterns().stream()
                            .map(Start::of)
                            .toArray(Start[]::new);
                    starts.put(info, known);
                }
                for (Start start : known) {
                    if (start.admits(path)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** A route's literal start, and whether it is the whole route (a path must then equal it). */
    private record Start(String text, boolean whole) {
        static Start of(PathPattern pattern) {
            String text = literalStart(pattern);
            return new Start(text, text.length() == pattern.getPatternString().length());
        }

        boolean admits(String path) {
            return whole ? path.equals(text) : path.startsWith(text);
        }
    }

    /** The part of a route's path before its first variable or wildcard, which every path it matches starts with. */
    static String literalStart(PathPattern pattern) {
        String text = pattern.getPatternString();
        int end = text.length();
        for (char special : new char[] {'{', '*', '?'}) {
            int at = text.indexOf(special);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end);
    }
}
