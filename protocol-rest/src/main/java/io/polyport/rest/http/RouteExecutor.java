package io.polyport.rest.http;

import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.Invoker;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.registry.ValueType;
import io.polyport.core.spi.UnitOfWork;
import io.polyport.rest.route.Route;
import io.polyport.rest.route.RouteRole;
import io.polyport.rest.route.RouteTable;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a request that matched a derived route: binds the arguments, calls the invoker and shapes the HTTP
 * answer for the route's role (lists with paging, reads with {@code ETag}, conditional writes, 201 creates).
 */
final class RouteExecutor {
    /** Query parameter aliases for a list method's first string parameter: {@code ?q=} and {@code ?query=}. */
    private static final List<String> QUERY_ALIASES = List.of("q", "query");
    private static final String OCTET_STREAM = "application/octet-stream";
    /** The concurrency token field a service re-checks when it is passed back in the write's struct. */
    private static final String TS = "_ts";
    /** The part that carries an item's metadata, whose version serves as the item's entity tag. */
    private static final String METADATA_PART = "info";

    private final Invoker invoker;
    private final UnitOfWork unitOfWork;
    private final RouteTable routes;
    private final RestJson json;
    private final ArgumentBinder binder;
    private final RestSettings settings;

    RouteExecutor(Invoker invoker, UnitOfWork unitOfWork, RouteTable routes, RestJson json, RestSettings settings) {
        this.invoker = invoker;
        this.unitOfWork = unitOfWork;
        this.routes = routes;
        this.json = json;
        this.binder = new ArgumentBinder(json);
        this.settings = settings;
    }

    RestResponse execute(RestRequest request, RouteTable.Match match) {
        Route route = match.route();
        return switch (route.role()) {
            case LIST -> list(request, route);
            case READ -> read(request, route, match.variables(), true);
            case PART -> request.method().equals("GET") ? read(request, route, match.variables(), false)
                    : part(request, route, match.variables());
            case CREATE -> create(request, route);
            // The If-Match check and the change in one unit, so no other change can slip in between.
            case UPDATE, DELETE -> unitOfWork.run(() -> write(request, route, match.variables()));
            case CALL -> call(request, route);
        };
    }

    private RestResponse list(RestRequest request, Route route) {
        Map<String, List<String>> query = withAliases(request.query(), route);
        Set<String> bound = new HashSet<>();
        route.method().params().forEach(p -> bound.add(p.name()));
        ListView view = ListView.of(query, bound);
        Set<String> ignored = new HashSet<>(query.keySet());
        ignored.removeAll(bound);
        Map<String, Object> args = binder.bind(route, Map.of(), query, ignored, "", new byte[0], false);
        Object result = invoke(request, route, args);
        List<Object> items = result instanceof List<?> list ? new ArrayList<>(list) : List.of(result);
        Optional<Route> itemRead = itemRead(route.resource());
        boolean expand = itemRead.isPresent() && items.stream().allMatch(RouteExecutor::isScalar);
        List<Object> page;
        int total;
        if (view.needsAllItems()) {
            List<Object> all = expand ? expand(request, itemRead.get(), items) : items;
            List<Object> kept = view.filterAndSort(all);
            total = kept.size();
            page = view.pageOf(kept);
        } else {
            total = items.size();
            page = view.pageOf(items);
            page = expand ? expand(request, itemRead.get(), page) : page;
        }
        List<Object> body = page.stream().map(view::project).toList();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Total-Count", Integer.toString(total));
        headers.put("Link", view.links(request.url(route.path()), request.query(), total));
        return RestResponse.json(200, json.write(body), headers);
    }

    /**
     * Reads each listed identifier through the item read; items that vanished or are hidden are left out. Items
     * that are not structs (a page's text) say nothing about which one they are, so then the identifiers stay.
     */
    private List<Object> expand(RestRequest request, Route itemRead, List<Object> ids) {
        String idName = idParameter(itemRead);
        List<Object> items = new ArrayList<>(ids.size());
        for (Object id : ids) {
            try {
                Object item = Representations.of(invoke(request, itemRead, Map.of(idName, id)));
                if (!(item instanceof Map)) {
                    return ids;
                }
                items.add(item);
            } catch (RpcException e) {
                if (e.code() != ErrorCode.NOT_FOUND && e.code() != ErrorCode.PERMISSION_DENIED) {
                    throw e;
                }
            }
        }
        return items;
    }

    private RestResponse read(RestRequest request, Route route, Map<String, String> variables, boolean item) {
        Set<String> ignored = item ? Set.of("fields") : Set.of();
        Map<String, Object> args = binder.bind(route, variables, request.query(), ignored, "", new byte[0], false);
        Object result = invoke(request, route, args);
        if (result instanceof byte[] bytes) {
            String name = variables.values().stream().reduce((a, b) -> b).orElse("");
            String type = Optional.ofNullable(URLConnection.guessContentTypeFromName(name)).orElse(OCTET_STREAM);
            return conditionalGet(request, new RestResponse(200, type, bytes, Map.of()),
                    Representations.etag(null, bytes));
        }
        Object representation = item ? Representations.of(result) : result;
        Object shown = item ? ListView.project(representation, ListView.fields(request.query())) : representation;
        byte[] body = json.write(shown);
        String etag = item ? etag(request, route, args, representation, body) : Representations.etag(shown, body);
        return conditionalGet(request, RestResponse.json(200, body, Map.of()), etag);
    }

    /**
     * The entity tag of an item: its own version token, else the version its metadata part ({@code info}, e.g.
     * {@code wiki.getPageInfo}) reports for the same arguments, else a digest of its body.
     */
    private String etag(RestRequest request, Route itemRead, Map<String, Object> args, Object representation,
                        byte[] body) {
        Optional<String> token = Representations.versionToken(representation);
        if (token.isEmpty()) {
            token = metadataRead(itemRead.resource()).flatMap(info -> {
                Map<String, Object> infoArgs = new LinkedHashMap<>();
                info.method().params().forEach(p -> {
                    if (args.containsKey(p.name())) {
                        infoArgs.put(p.name(), args.get(p.name()));
                    }
                });
                try {
                    return Representations.versionToken(invoke(request, info, infoArgs));
                } catch (RpcException e) {
                    return Optional.empty();
                }
            });
        }
        return token.map(Representations::quote).orElseGet(() -> Representations.etag(representation, body));
    }

    private static RestResponse conditionalGet(RestRequest request, RestResponse response, String etag) {
        String ifNoneMatch = request.header("If-None-Match");
        if (ifNoneMatch != null && Representations.matches(ifNoneMatch, etag)) {
            return RestResponse.empty(304, Map.of("ETag", etag));
        }
        return response.withHeader("ETag", etag);
    }

    private RestResponse create(RestRequest request, Route route) {
        Map<String, Object> args = bindBody(request, route, Map.of(), false);
        Object result = invoke(request, route, args);
        Optional<Route> itemRead = itemRead(route.resource());
        Object id = itemRead.map(r -> args.get(idParameter(r))).orElse(result);
        if (itemRead.isEmpty() || !isScalar(id)) {
            return RestResponse.json(201, json.write(result), Map.of());
        }
        String location = request.url("/" + route.resource() + "/" + encode(String.valueOf(id)));
        Object representation = readQuietly(request, itemRead.get(), id).orElse(Map.of("id", id));
        byte[] body = json.write(representation);
        return RestResponse.json(201, body, Map.of("Location", location,
                "ETag", etag(request, itemRead.get(), Map.of(idParameter(itemRead.get()), id), representation, body)));
    }

    /** An item-level PATCH, PUT or DELETE, guarded by {@code If-Match} against the item's current state. */
    private RestResponse write(RestRequest request, Route route, Map<String, String> variables) {
        Route itemRead = itemRead(route.resource()).orElseThrow();
        String id = variables.values().iterator().next();
        if (!Invoker.mayCall(request.context().caller(), route.method())) {
            invoke(request, route, variables(variables)); // the invoker refuses before the method runs
        }
        String ifMatch = request.header("If-Match");
        Current current = current(request, itemRead, id);
        if (current.exists()) {
            if (ifMatch == null && settings.requireIfMatch()) {
                throw new RestFailure(428, "This request must be conditional: send If-Match with the ETag of "
                        + route.resource() + "/" + id + ".");
            }
            if (ifMatch != null && !Representations.matches(ifMatch, current.etag())) {
                throw stale(route, id);
            }
        } else if (current.known() && ifMatch != null) {
            throw stale(route, id);
        }
        Map<String, Object> args = bindBody(request, route, variables, route.httpMethod().equals("PATCH"));
        current.versionToken().filter(t -> ifMatch != null).ifPresent(token -> passToken(route, args, token));
        Object result;
        try {
            result = invoke(request, route, args);
        } catch (RpcException e) {
            if (ifMatch != null && e.code() == ErrorCode.CONFLICT) {
                throw stale(route, id);
            }
            throw e;
        }
        if (route.role() == RouteRole.DELETE) {
            if (Boolean.FALSE.equals(result)) {
                throw RpcException.notFound(route.resource() + "/" + id + " does not exist.");
            }
            return RestResponse.empty(204, Map.of());
        }
        Object representation = readQuietly(request, itemRead, id).orElse(result);
        byte[] body = json.write(representation);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag(request, itemRead, Map.of(idParameter(itemRead), id), representation, body));
        if (current.known() && !current.exists()) {
            headers.put("Location", request.url("/" + route.resource() + "/" + encode(id)));
        }
        return RestResponse.json(current.known() && !current.exists() ? 201 : 200, body, headers);
    }

    private static Map<String, Object> variables(Map<String, String> variables) {
        return new LinkedHashMap<>(variables);
    }

    private static RestFailure stale(Route route, String id) {
        return new RestFailure(412, route.resource() + "/" + id + " has changed since you read it (its ETag no "
                + "longer matches If-Match). Read it again and retry.");
    }

    /** Puts the version token into the method's struct so the service re-checks it atomically when it writes. */
    private static void passToken(Route route, Map<String, Object> args, String token) {
        route.method().params().stream()
                .filter(p -> p.valueType() == ValueType.STRUCT && !p.identifier())
                .findFirst()
                .ifPresent(struct -> {
                    Map<String, Object> merged = new LinkedHashMap<>();
                    if (args.get(struct.name()) instanceof Map<?, ?> given) {
                        given.forEach((k, v) -> merged.put(String.valueOf(k), v));
                    }
                    merged.putIfAbsent(TS, token);
                    args.put(struct.name(), merged);
                });
    }

    private RestResponse part(RestRequest request, Route route, Map<String, String> variables) {
        Map<String, Object> args = bindBody(request, route, variables, false);
        Object result = invoke(request, route, args);
        if (request.method().equals("DELETE")) {
            if (Boolean.FALSE.equals(result)) {
                throw RpcException.notFound("Nothing to delete at " + String.join("/", request.segments()) + ".");
            }
            return RestResponse.empty(204, Map.of());
        }
        return RestResponse.json(200, json.write(result), Map.of());
    }

    private RestResponse call(RestRequest request, Route route) {
        String name = route.method().name();
        Object result;
        if (request.method().equals("GET")) {
            Map<String, Object> args = binder.bind(route, Map.of(), request.query(), Set.of(), "", new byte[0], false);
            result = invoker.invokeNamed(request.context(), name, args);
        } else {
            byte[] body = request.exchange().body();
            Object params = body.length == 0 ? List.of() : jsonBody(request);
            if (params instanceof List<?> positional) {
                result = invoker.invoke(request.context(), name, positional);
            } else if (params instanceof Map<?, ?> named) {
                Map<String, Object> args = new LinkedHashMap<>();
                named.forEach((k, v) -> args.put(String.valueOf(k), v));
                result = invoker.invokeNamed(request.context(), name, args);
            } else {
                throw new RestFailure(400, "The body of POST /rpc/" + name
                        + " must be a JSON array (positional) or object (named) of parameters.");
            }
        }
        return RestResponse.json(200, json.write(result), Map.of());
    }

    private Object jsonBody(RestRequest request) {
        String type = MediaTypes.base(request.exchange().contentType());
        if (!MediaTypes.isJson(type)) {
            throw new RestFailure(415, "Send the parameters as application/json, not '" + type + "'.");
        }
        return json.read(request.exchange().body());
    }

    private Map<String, Object> bindBody(RestRequest request, Route route, Map<String, String> variables,
                                         boolean partial) {
        return binder.bind(route, variables, request.query(), Set.of(), request.exchange().contentType(),
                request.exchange().body(), partial);
    }

    /** What the item looks like now: present with its ETag, absent, or unknown (the caller may not read it). */
    private record Current(boolean known, boolean exists, String etag, Optional<String> versionToken) {
    }

    private Current current(RestRequest request, Route itemRead, String id) {
        try {
            Map<String, Object> args = Map.of(idParameter(itemRead), id);
            Object representation = Representations.of(invoke(request, itemRead, args));
            byte[] body = json.write(representation);
            return new Current(true, true, etag(request, itemRead, args, representation, body),
                    representation instanceof Map<?, ?> map && map.get(TS) != null
                            ? Optional.of(String.valueOf(map.get(TS))) : Optional.empty());
        } catch (RpcException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return new Current(true, false, null, Optional.empty());
            }
            if (e.code() == ErrorCode.PERMISSION_DENIED) {
                return new Current(false, false, null, Optional.empty());
            }
            throw e;
        }
    }

    private Optional<Object> readQuietly(RestRequest request, Route itemRead, Object id) {
        try {
            return Optional.of(Representations.of(invoke(request, itemRead,
                    Map.of(idParameter(itemRead), id))));
        } catch (RpcException e) {
            return Optional.empty();
        }
    }

    private static String idParameter(Route itemRead) {
        return itemRead.method().identifier().orElseThrow().name();
    }

    /** The resource's metadata part: {@code GET /R/{id}/info}. */
    private Optional<Route> metadataRead(String resource) {
        return routes.routes().stream()
                .filter(r -> r.role() == RouteRole.PART && r.resource().equals(resource)
                        && r.httpMethod().equals("GET") && r.template().size() == 3
                        && r.template().get(2).equals(METADATA_PART))
                .findFirst();
    }

    private Optional<Route> itemRead(String resource) {
        return routes.routes().stream()
                .filter(r -> r.role() == RouteRole.READ && r.resource().equals(resource))
                .findFirst();
    }

    private Object invoke(RestRequest request, Route route, Map<String, Object> args) {
        return invoker.invokeNamed(request.context(), route.method().name(), args);
    }

    /** Maps {@code ?q=} and {@code ?query=} to the list method's first string parameter. */
    private static Map<String, List<String>> withAliases(Map<String, List<String>> query, Route route) {
        Optional<ParamDescriptor> first = route.method().params().stream()
                .filter(p -> p.valueType() == ValueType.STRING).findFirst();
        if (first.isEmpty()) {
            return query;
        }
        Map<String, List<String>> aliased = new LinkedHashMap<>();
        query.forEach((name, values) -> aliased.put(
                QUERY_ALIASES.contains(name) && !query.containsKey(first.get().name()) ? first.get().name() : name,
                values));
        return aliased;
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number;
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
