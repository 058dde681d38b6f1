package io.polyport.rest.route;

import io.polyport.core.annotation.MethodKind;
import io.polyport.core.annotation.RpcService;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.MethodRegistry;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.registry.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives REST routes from the registry by the conventions documented in {@code docs/rest.md}, so an annotated
 * service gets routes with no REST code. Per service (resource {@code R}, see {@link RpcService#resource()}):
 * <ul>
 *   <li>the <em>item read</em> is the {@code READ} method with an {@code @Id} named {@code get}, else the shortest
 *       such method named {@code get<Noun>}: {@code GET /R/{id}}; its noun (e.g. {@code Page}) is the item noun;</li>
 *   <li>other {@code @Id} methods whose identifier names the item ({@code id}, {@code name}, the item read's
 *       identifier, or the service's own name) are split into verb and noun; with the item noun removed, an
 *       empty noun addresses the item itself ({@code UPDATE}: {@code PATCH}, or {@code PUT} for verb {@code put};
 *       {@code DELETE}), any other noun a part of it: {@code /R/{id}/<noun>}, or
 *       {@code /R/{id}/<nouns>/{key}} when a parameter is named like the noun or a required string parameter
 *       follows the identifier;</li>
 *   <li>the <em>list</em> is the {@code LIST} method without required parameters named {@code getAll},
 *       {@code getAll<Noun>}, {@code list} or {@code query}, else the only {@code LIST} method taking a search
 *       string first ({@code performSearch(query, ...)}), else the only one without required parameters:
 *       {@code GET /R};</li>
 *   <li>the first {@code CREATE} method that does not address an existing item: {@code POST /R};</li>
 *   <li>every method, routed or not, answers at {@code POST /rpc/<method>} (and {@code GET} for safe kinds); a
 *       service without a namespace or resource name (flat method names) has only these routes.</li>
 * </ul>
 */
public final class RouteDeriver {
    private static final List<String> LIST_NAMES = List.of("getAll", "list", "query");
    private static final Set<String> ITEM_ID_NAMES = Set.of("id", "name");

    private RouteDeriver() {
    }

    /** The routes for every method of {@code registry}: resource routes first, then one call route per method. */
    public static List<Route> derive(MethodRegistry registry) {
        Map<String, List<MethodDescriptor>> byService = new LinkedHashMap<>();
        for (MethodDescriptor method : registry.methods()) {
            byService.computeIfAbsent(method.service(), s -> new ArrayList<>()).add(method);
        }
        Map<String, Route> routes = new LinkedHashMap<>();
        byService.forEach((service, methods) -> resourceRoutes(service, methods)
                .forEach(route -> routes.putIfAbsent(route.httpMethod() + " " + route.shape(), route)));
        List<Route> all = new ArrayList<>(routes.values());
        for (MethodDescriptor method : registry.methods()) {
            all.add(new Route("POST", List.of("rpc", method.name()), method, RouteRole.CALL, ""));
            if (method.kind().isSafe()) {
                all.add(new Route("GET", List.of("rpc", method.name()), method, RouteRole.CALL, ""));
            }
        }
        return List.copyOf(all);
    }

    /**
     * The resource name of a service: its {@code resource} attribute or its last namespace segment, pluralised;
     * empty for a service without a namespace (flat method names) that names no resource.
     */
    public static String resourceName(MethodDescriptor anyMethod) {
        String namespace = anyMethod.service();
        return serviceAnnotation(anyMethod.target().getClass(), namespace)
                .map(RpcService::resource).filter(r -> !r.isEmpty())
                .orElseGet(() -> namespace.isEmpty() ? ""
                        : ResourceNames.plural(namespace.substring(namespace.lastIndexOf('.') + 1)));
    }

    /** The {@code @RpcService} of {@code namespace} among the interfaces a service implementation implements. */
    private static Optional<RpcService> serviceAnnotation(Class<?> type, String namespace) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> contract : c.getInterfaces()) {
                RpcService service = contract.getAnnotation(RpcService.class);
                if (service != null && service.value().equals(namespace)) {
                    return Optional.of(service);
                }
                Optional<RpcService> inherited = serviceAnnotation(contract, namespace);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Route> resourceRoutes(String service, List<MethodDescriptor> methods) {
        String resource = resourceName(methods.get(0));
        if (resource.isEmpty()) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        listMethod(methods).ifPresent(m -> routes.add(new Route("GET", List.of(resource), m, RouteRole.LIST, resource)));
        Optional<MethodDescriptor> read = itemRead(methods);
        if (read.isPresent()) {
            MethodDescriptor itemRead = read.get();
            String idName = itemRead.identifier().orElseThrow().name();
            String itemNoun = ResourceNames.noun(itemRead.shortName());
            Set<String> itemIdNames = new HashSet<>(ITEM_ID_NAMES);
            itemIdNames.add(idName);
            itemIdNames.add(service.substring(service.lastIndexOf('.') + 1));
            routes.add(route("GET", itemRead, RouteRole.READ, resource, List.of(resource, brace(idName))));
            for (MethodDescriptor method : methods) {
                if (method != itemRead && method.identifier().isPresent()
                        && itemIdNames.contains(method.identifier().get().name())) {
                    itemRoute(method, resource, itemNoun, brace(idName)).ifPresent(routes::add);
                }
            }
        }
        methods.stream()
                .filter(m -> m.kind() == MethodKind.CREATE && !addressesItem(m, read))
                .findFirst()
                .ifPresent(m -> routes.add(new Route("POST", List.of(resource), m, RouteRole.CREATE, resource)));
        return routes;
    }

    private static boolean addressesItem(MethodDescriptor method, Optional<MethodDescriptor> read) {
        return read.isPresent() && method.identifier().isPresent()
                && method.identifier().get().name().equals(read.get().identifier().orElseThrow().name());
    }

    private static Optional<MethodDescriptor> itemRead(List<MethodDescriptor> methods) {
        return methods.stream()
                .filter(m -> m.kind() == MethodKind.READ && m.identifier().isPresent())
                .filter(m -> ResourceNames.verb(m.shortName()).equals("get"))
                .min(Comparator.comparing((MethodDescriptor m) -> m.shortName().length())
                        .thenComparing(MethodDescriptor::shortName));
    }

    private static Optional<MethodDescriptor> listMethod(List<MethodDescriptor> methods) {
        List<MethodDescriptor> lists = methods.stream()
                .filter(m -> m.kind() == MethodKind.LIST && m.identifier().isEmpty())
                .toList();
        List<MethodDescriptor> searches = lists.stream()
                .filter(m -> !m.params().isEmpty() && m.params().get(0).valueType() == ValueType.STRING
                        && m.requiredCount() <= 1)
                .toList();
        List<MethodDescriptor> unparameterised = lists.stream().filter(m -> m.requiredCount() == 0).toList();
        return unparameterised.stream()
                .filter(m -> LIST_NAMES.contains(m.shortName()) || m.shortName().startsWith("getAll"))
                .findFirst()
                .or(() -> searches.size() == 1 ? Optional.of(searches.get(0)) : Optional.empty())
                .or(() -> unparameterised.size() == 1 ? Optional.of(unparameterised.get(0)) : Optional.empty());
    }

    private static Optional<Route> itemRoute(MethodDescriptor method, String resource, String itemNoun, String id) {
        String verb = ResourceNames.verb(method.shortName());
        String noun = ResourceNames.noun(method.shortName());
        if (!itemNoun.isEmpty() && noun.startsWith(itemNoun)) {
            noun = noun.substring(itemNoun.length());
        }
        Optional<String> httpMethod = httpMethod(method.kind(), verb);
        if (httpMethod.isEmpty()) {
            return Optional.empty();
        }
        if (noun.isEmpty()) {
            RouteRole role = switch (httpMethod.get()) {
                case "DELETE" -> RouteRole.DELETE;
                case "PATCH", "PUT" -> RouteRole.UPDATE;
                default -> null;
            };
            return role == null ? Optional.empty() : Optional.of(route(httpMethod.get(), method, role, resource,
                    List.of(resource, id)));
        }
        String segment = ResourceNames.segment(noun);
        Optional<ParamDescriptor> key = keyParam(method, segment);
        List<String> template = key.isPresent()
                ? List.of(resource, id, ResourceNames.plural(segment), brace(key.get().name()))
                : List.of(resource, id, segment);
        String verbForPart = httpMethod.get().equals("PATCH") ? "PUT" : httpMethod.get();
        return Optional.of(route(verbForPart, method, RouteRole.PART, resource, template));
    }

    /** The HTTP verb for a method's kind and name verb, or empty when it has none on a resource. */
    private static Optional<String> httpMethod(MethodKind kind, String verb) {
        if (kind == MethodKind.READ || kind == MethodKind.LIST) {
            return Optional.of("GET");
        }
        if (verb.equals("delete") || verb.equals("remove") || kind == MethodKind.DELETE) {
            return Optional.of("DELETE");
        }
        if (verb.equals("put")) {
            return Optional.of("PUT");
        }
        if (kind == MethodKind.UPDATE) {
            return Optional.of("PATCH");
        }
        return kind == MethodKind.CREATE || verb.equals("add") ? Optional.of("POST") : Optional.empty();
    }

    /**
     * The key of an element within a part: the parameter named like the part ({@code version} in
     * {@code getPageVersion(pagename, version)}), else a required string parameter right after the identifier.
     */
    private static Optional<ParamDescriptor> keyParam(MethodDescriptor method, String part) {
        List<ParamDescriptor> params = method.params();
        Optional<ParamDescriptor> named = params.stream()
                .filter(p -> !p.identifier() && p.name().equalsIgnoreCase(part) && p.javaType() != byte[].class)
                .findFirst();
        if (named.isPresent()) {
            return named;
        }
        for (int i = 1; i < params.size(); i++) {
            ParamDescriptor p = params.get(i);
            if (params.get(i - 1).identifier() && !p.optional() && p.valueType() == ValueType.STRING) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Route route(String httpMethod, MethodDescriptor method, RouteRole role, String resource,
                               List<String> template) {
        return new Route(httpMethod, template, method, role, resource);
    }

    private static String brace(String name) {
        return "{" + name + "}";
    }
}
