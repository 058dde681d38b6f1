package io.polyport.rest.http;

import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.registry.ValueType;
import io.polyport.rest.route.Route;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a request into the named arguments of a route's method: path variables, query parameters named like a
 * parameter, and the body. A JSON object's members bind parameters of the same name; members that name none go
 * into the method's one struct parameter (so {@code {"summary": "x", "priority": "major"}} fills {@code summary}
 * and {@code attributes.priority}). A non-JSON body fills the {@code byte[]} parameter, or a text body the one
 * missing string parameter.
 */
final class ArgumentBinder {
    private final RestJson json;

    ArgumentBinder(RestJson json) {
        this.json = json;
    }

    /**
     * The arguments for {@code route}.
     *
     * @param ignoredQuery query names that are not arguments (list controls and filters)
     * @param partial      whether absent required string parameters are passed as {@code ""} (a PATCH)
     */
    Map<String, Object> bind(Route route, Map<String, String> variables, Map<String, List<String>> query,
                             Set<String> ignoredQuery, String contentType, byte[] body, boolean partial) {
        List<ParamDescriptor> params = route.method().params();
        Map<String, Object> args = new LinkedHashMap<>(variables);
        query.forEach((name, values) -> {
            if (ignoredQuery.contains(name)) {
                return;
            }
            Optional<ParamDescriptor> param = param(params, name);
            if (param.isEmpty() || variables.containsKey(name)) {
                throw RestFailure.badField(name, "Unknown query parameter '" + name + "' for "
                        + route.httpMethod() + " " + route.path() + ".");
            }
            args.put(name, param.get().valueType() == ValueType.ARRAY ? values : values.get(0));
        });
        if (body.length > 0) {
            bindBody(route, args, contentType, body);
        }
        structParam(params).filter(p -> !args.containsKey(p.name()) && !route.httpMethod().equals("GET"))
                .ifPresent(p -> args.put(p.name(), Map.of()));
        if (partial) {
            for (ParamDescriptor p : params) {
                if (!p.optional() && p.valueType() == ValueType.STRING && !args.containsKey(p.name())) {
                    args.put(p.name(), "");
                }
            }
        }
        return args;
    }

    private void bindBody(Route route, Map<String, Object> args, String contentType, byte[] body) {
        List<ParamDescriptor> params = route.method().params();
        String mediaType = MediaTypes.base(contentType);
        if (MediaTypes.isJson(mediaType)) {
            Object value = json.read(body);
            if (value instanceof Map<?, ?> members) {
                bindMembers(route, args, members);
            } else {
                ParamDescriptor target = onlyUnbound(route, args, null).orElseThrow(() -> new RestFailure(400,
                        "The body of " + route.httpMethod() + " " + route.path() + " must be a JSON object."));
                args.put(target.name(), value);
            }
            return;
        }
        Optional<ParamDescriptor> binary = route.binaryParam();
        if (binary.isPresent()) {
            args.put(binary.get().name(), body);
            return;
        }
        Optional<ParamDescriptor> text = mediaType.startsWith("text/")
                ? onlyUnbound(route, args, ValueType.STRING) : Optional.empty();
        if (text.isEmpty()) {
            throw new RestFailure(415, "Content-Type '" + contentType + "' is not accepted by "
                    + route.httpMethod() + " " + route.path() + "; send application/json.",
                    List.of(), Map.of("Accept-Patch", RestResponse.JSON));
        }
        args.put(text.get().name(), new String(body, StandardCharsets.UTF_8));
    }

    private static void bindMembers(Route route, Map<String, Object> args, Map<?, ?> members) {
        List<ParamDescriptor> params = route.method().params();
        Optional<ParamDescriptor> struct = structParam(params);
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            String name = String.valueOf(member.getKey());
            if (route.pathParameters().contains(name)) {
                throw RestFailure.badField(name, "'" + name + "' is given by the path.");
            }
            Optional<ParamDescriptor> param = param(params, name);
            if (param.isPresent() && !(struct.isPresent() && struct.get() == param.get()
                    && !(member.getValue() instanceof Map))) {
                args.put(name, member.getValue());
            } else if (struct.isPresent()) {
                extra.put(name, member.getValue());
            } else {
                throw RestFailure.badField(name, "Unknown field '" + name + "' for " + route.httpMethod() + " "
                        + route.path() + ".");
            }
        }
        if (!extra.isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            if (args.get(struct.get().name()) instanceof Map<?, ?> given) {
                given.forEach((k, v) -> merged.put(String.valueOf(k), v));
            }
            merged.putAll(extra);
            args.put(struct.get().name(), merged);
        }
    }

    /** The one struct parameter that collects body members no other parameter names, if there is exactly one. */
    private static Optional<ParamDescriptor> structParam(List<ParamDescriptor> params) {
        List<ParamDescriptor> structs = params.stream()
                .filter(p -> p.valueType() == ValueType.STRUCT && !p.identifier()).toList();
        return structs.size() == 1 ? Optional.of(structs.get(0)) : Optional.empty();
    }

    private static Optional<ParamDescriptor> onlyUnbound(Route route, Map<String, Object> args, ValueType type) {
        List<ParamDescriptor> unbound = route.method().params().stream()
                .filter(p -> !p.optional() && !args.containsKey(p.name()))
                .filter(p -> type == null || p.valueType() == type)
                .toList();
        return unbound.size() == 1 ? Optional.of(unbound.get(0)) : Optional.empty();
    }

    private static Optional<ParamDescriptor> param(List<ParamDescriptor> params, String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
