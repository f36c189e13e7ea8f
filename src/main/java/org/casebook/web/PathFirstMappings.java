package org.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
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
 * its path pattern, then checked in full as before, so which handler answers is unchanged. A path with an escape in it
 * ("%6F") skips the comparison, since patterns match the path's decoded words.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings implements WebMvcRegistrations {
    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            private final ThreadLocal<String> lookupPath = new ThreadLocal<>();
            private final Map<PathPattern, String> starts = new ConcurrentHashMap<>();

            @Override
            protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
                lookupPath.set(path.indexOf('%') < 0 && path.indexOf(';') < 0 ? path : null);
                try {
                    return super.lookupHandlerMethod(path, request);
                } finally {
                    lookupPath.remove();
                }
            }

            @Override
            protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths != null && !mayMatch(paths, lookupPath.get())) {
                    return null;
                }
                if (paths != null && paths.getMatchingCondition(request) == null) {
                    return null;
                }
                return super.getMatchingMapping(info, request);
            }

            private boolean mayMatch(PathPatternsRequestCondition paths, String path) {
                if (path == null) {
                    return true;
                }
                for (PathPattern pattern : paths.getPatterns()) {
                    if (path.startsWith(starts.computeIfAbsent(pattern, PathFirstMappings::literalStart))) {
                        return true;
                    }
                }
                return false;
            }
        };
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
