package org.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's handler by its path first. Spring tries every route against each request whose path is not a
 * route of its own, and checks the method, headers and media types of each before its path: with this many routes
 * that was a tenth of a public page's time under load (docs/benchmarks.md). Here the routes are filed by the first
 * segment of their literal start ("persons" of "/persons/{publicId}"), and only those filed under the path's first
 * segment are tried. When exactly one of them answers, it is the one Spring would choose; otherwise (none, several,
 * or a path with an escape in it, since patterns match decoded words) Spring decides and explains as before, with
 * each route's literal start still tried before its pattern. A path no route's start fits (a static file) is not
 * matched half-way against every route to explain why none answers.
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings implements WebMvcRegistrations {
    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            private final ThreadLocal<String> lookupPath = new ThreadLocal<>();
            private final AtomicLong changes = new AtomicLong();
            private volatile Routes routes;

            @Override
            protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
                String plain = path.startsWith("/") && path.indexOf('%') < 0 && path.indexOf(';') < 0 ? path : null;
                lookupPath.set(plain);
                try {
                    if (plain != null) {
                        Filed filed = filed().forPath(plain);
                        if (filed.none()) {
                            return null;
                        }
                        HandlerMethod only = onlyMatch(filed.routes(), path, request);
                        if (only != null) {
                            return only;
                        }
                    }
                    return super.lookupHandlerMethod(path, request);
                } finally {
                    lookupPath.remove();
                }
            }

            /** The one route that answers, or null when none or several do. */
            private HandlerMethod onlyMatch(List<Route> candidates, String path, HttpServletRequest request) {
                Route found = null;
                RequestMappingInfo match = null;
                for (Route route : candidates) {
                    RequestMappingInfo matching = getMatchingMapping(route.info(), request);
                    if (matching != null) {
                        if (found != null) {
                            return null;
                        }
                        found = route;
                        match = matching;
                    }
                }
                if (found == null) {
                    return null;
                }
                request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, found.handler());
                handleMatch(match, path, request);
                return found.handler();
            }

            private Routes filed() {
                Routes known = routes;
                if (known == null) {
                    long seen = changes.get();
                    known = Routes.of(getHandlerMethods());
                    if (changes.get() == seen) {
                        routes = known;
                    }
                }
                return known;
            }

            @Override
            protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
                super.registerHandlerMethod(handler, method, mapping);
                changed();
            }

            @Override
            public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
                super.registerMapping(mapping, handler, method);
                changed();
            }

            @Override
            public void unregisterMapping(RequestMappingInfo mapping) {
                super.unregisterMapping(mapping);
                changed();
            }

            private void changed() {
                changes.incrementAndGet();
                routes = null;
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
                Start[] known = filed().starts().get(info);
                return known == null || Start.anyAdmits(known, path);
            }
        };
    }

    /** A route and its handler, with the literal starts of its paths. */
    private record Route(RequestMappingInfo info, HandlerMethod handler, Start[] starts) {}

    /**
     * The routes whose start fits a path; none means no route's start fits it at all, so no route can answer and
     * none can half-match it either.
     */
    private record Filed(List<Route> routes, boolean none) {}

    /**
     * Every route filed under the first segment of each of its literal starts, or everywhere when that is unknown; and
     * each route's literal starts, for Spring's own matching when it decides.
     */
    private record Routes(
            Map<String, List<Route>> bySegment, List<Route> everywhere, Map<RequestMappingInfo, Start[]> starts) {
        static Routes of(Map<RequestMappingInfo, HandlerMethod> handlers) {
            Map<String, Set<Route>> filed = new HashMap<>();
            List<Route> everywhere = new ArrayList<>();
            Map<RequestMappingInfo, Start[]> starts = new HashMap<>();
            handlers.forEach((info, handler) -> {
                Route route = new Route(info, handler, Start.all(info));
                if (route.starts() != null) {
                    starts.put(info, route.starts());
                }
                if (info.getPathPatternsCondition() == null) {
                    everywhere.add(route);
                    return;
                }
                for (Start start : route.starts()) {
                    String segment = segmentOf(start);
                    if (segment == null) {
                        everywhere.add(route);
                    } else {
                        filed.computeIfAbsent(segment, s -> new LinkedHashSet<>())
                                .add(route);
                    }
                }
            });
            Map<String, List<Route>> bySegment = new HashMap<>();
            filed.forEach((segment, routes) -> {
                Set<Route> all = new LinkedHashSet<>(routes);
                all.addAll(everywhere);
                bySegment.put(segment, List.copyOf(all));
            });
            return new Routes(bySegment, List.copyOf(everywhere), Map.copyOf(starts));
        }

        Filed forPath(String path) {
            int end = path.indexOf('/', 1);
            List<Route> routes = bySegment.getOrDefault(path.substring(1, end < 0 ? path.length() : end), everywhere);
            List<Route> fitting = new ArrayList<>(routes.size());
            for (Route route : routes) {
                if (route.starts() == null || Start.anyAdmits(route.starts(), path)) {
                    fitting.add(route);
                }
            }
            return new Filed(fitting, fitting.isEmpty());
        }
    }

    /** The whole first segment of a route's literal start ("persons" of "/persons/"), or null when it may go on. */
    static String segmentOf(Start start) {
        String text = start.text();
        int end = text.indexOf('/', 1);
        if (end > 0) {
            return text.substring(1, end);
        }
        return start.whole() && text.startsWith("/") ? text.substring(1) : null;
    }

    /** A route's literal start, and whether it is the whole route (a path must then equal it). */
    record Start(String text, boolean whole) {
        static Start of(PathPattern pattern) {
            String text = literalStart(pattern);
            return new Start(text, text.length() == pattern.getPatternString().length());
        }

        static Start[] all(RequestMappingInfo info) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            return paths == null
                    ? null
                    : paths.getPatterns().stream().map(Start::of).toArray(Start[]::new);
        }

        static boolean anyAdmits(Start[] starts, String path) {
            for (Start start : starts) {
                if (start.admits(path)) {
                    return true;
                }
            }
            return false;
        }

        /** An empty whole route ("") is left to its pattern, which may treat it as the root. */
        boolean admits(String path) {
            return whole ? text.isEmpty() || path.equals(text) : path.startsWith(text);
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
