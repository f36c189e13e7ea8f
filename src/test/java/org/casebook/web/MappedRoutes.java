package org.casebook.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every route Spring actually mapped, as "METHOD /pattern", sorted: what the route-wide tests walk through. */
final class MappedRoutes {
    private MappedRoutes() {}

    static List<String> of(RequestMappingHandlerMapping mapping) {
        Set<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(m + " " + pattern);
                }
            }
        });
        return List.copyOf(routes);
    }
}
