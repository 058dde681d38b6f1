package io.polyport.rest.route;

import io.polyport.core.registry.MethodRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The derived routes of one registry, matched against request paths. A literal segment beats a variable, so
 * {@code /rpc/ticket.get} never reaches a {@code /{id}} route.
 */
public final class RouteTable {
    /** A route that matched, with the values of its path variables keyed by the parameter each binds. */
    public record Match(Route route, Map<String, String> variables) {
    }

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The table for every method of {@code registry}. */
    public static RouteTable of(MethodRegistry registry) {
        return new RouteTable(RouteDeriver.derive(registry));
    }

    public List<Route> routes() {
        return routes;
    }

    /** The route serving {@code httpMethod} on {@code segments}, if any. */
    public Optional<Match> match(String httpMethod, List<String> segments) {
        Match best = null;
        int bestLiterals = -1;
        for (Route route : routes) {
            if (!route.httpMethod().equals(httpMethod)) {
                continue;
            }
            Map<String, String> variables = bind(route, segments);
            int literals = (int) route.template().stream().filter(s -> !Route.isVariable(s)).count();
            if (variables != null && literals > bestLiterals) {
                best = new Match(route, variables);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The verbs some route serves on {@code segments}, sorted; empty when the path is unknown. */
    public TreeSet<String> allowed(List<String> segments) {
        TreeSet<String> verbs = new TreeSet<>();
        for (Route route : routes) {
            if (bind(route, segments) != null) {
                verbs.add(route.httpMethod());
            }
        }
        return verbs;
    }

    /** The routes of each resource collection, keyed by its name, in registry order. */
    public Map<String, List<Route>> resources() {
        Map<String, List<Route>> byResource = new LinkedHashMap<>();
        for (Route route : routes) {
            if (!route.resource().isEmpty()) {
                byResource.computeIfAbsent(route.resource(), r -> new ArrayList<>()).add(route);
            }
        }
        return byResource;
    }

    /** The path's values keyed by the parameter they bind, or null when the route does not match the path. */
    private static Map<String, String> bind(Route route, List<String> segments) {
        List<String> template = route.template();
        if (template.size() != segments.size()) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            if (Route.isVariable(expected)) {
                variables.put(route.parameterFor(expected.substring(1, expected.length() - 1)), segments.get(i));
            } else if (!expected.equals(segments.get(i))) {
                return null;
            }
        }
        return variables;
    }
}
