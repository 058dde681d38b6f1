package io.polyport.rest;

import io.polyport.core.registry.ValueType;
import io.polyport.testkit.protocol.Outcome;
import io.polyport.testkit.protocol.WireRequest;
import io.polyport.testkit.protocol.WireResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * REST as a resource protocol: the kit's {@code ticket} stand-in through the routes REST derives for it —
 * {@code GET /tickets/{id}}, {@code GET /tickets[?query=]}, {@code POST /tickets}, {@code PATCH} and {@code DELETE
 * /tickets/{id}} (with {@code If-Match: *}). A ticket is shown as the struct with {@code id} first, a created one by
 * its {@code Location}, a list by its items' ids.
 */
final class RestResourceAdapter extends RestAdapter {
    private static final Set<String> ROUTED = Set.of("ticket.get", "ticket.query", "ticket.create", "ticket.update",
            "ticket.delete");

    @Override
    public boolean covers(String method) {
        return ROUTED.contains(method);
    }

    @Override
    public WireRequest encode(String method, List<?> args) {
        return switch (method) {
            case "ticket.get" -> request("GET", "/tickets/" + args.get(0), null);
            case "ticket.query" -> args.isEmpty() ? request("GET", "/tickets", null)
                    : request("GET", "/tickets", null).withQuery("query", (String) args.get(0));
            case "ticket.create" -> request("POST", "/tickets", members(args, 2, "summary", "description"));
            case "ticket.update" -> request("PATCH", "/tickets/" + args.get(0),
                    members(args.subList(1, args.size()), 1, "comment")).withHeader("If-Match", "*");
            case "ticket.delete" -> request("DELETE", "/tickets/" + args.get(0), null).withHeader("If-Match", "*");
            default -> super.encode(method, args);
        };
    }

    @Override
    public Outcome decode(WireResponse response, ValueType returnType) throws Exception {
        if (response.status() == 201) {
            String location = response.header("Location");
            return Outcome.returned(Integer.valueOf(location.substring(location.lastIndexOf('/') + 1)));
        }
        if (response.status() == 204) {
            return Outcome.returned(0); // a void result, which the invoker reports as 0
        }
        Outcome outcome = super.decode(response, returnType);
        if (outcome instanceof Outcome.Returned returned && returned.value() instanceof List<?> items
                && items.stream().allMatch(item -> item instanceof Map<?, ?> map && map.containsKey("id"))) {
            return Outcome.returned(items.stream().map(item -> ((Map<?, ?>) item).get("id")).toList());
        }
        return outcome;
    }

    /** A ticket tuple {@code [id, created, changed, fields]} is shown as its fields with {@code id} first. */
    @Override
    public Object shown(String method, Object result) {
        if ((method.equals("ticket.get") || method.equals("ticket.update")) && result instanceof List<?> tuple) {
            Map<Object, Object> item = new LinkedHashMap<>();
            item.put("id", tuple.get(0));
            item.putAll((Map<?, ?>) tuple.get(3));
            return jsonValue(item);
        }
        return super.shown(method, result);
    }

    private static WireRequest request(String httpMethod, String subPath, Map<String, Object> body) {
        byte[] json = body == null ? new byte[0] : write(body);
        return WireRequest.post("application/json", json).withHttpMethod(httpMethod).withSubPath(subPath)
                .withHeader("Accept", "application/json");
    }

    /** The leading arguments named, then the members of the trailing attributes struct, if any. */
    private static Map<String, Object> members(List<?> args, int named, String... names) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < named; i++) {
            members.put(names[i], args.get(i));
        }
        if (args.size() > named) {
            ((Map<?, ?>) args.get(named)).forEach((k, v) -> members.put(String.valueOf(k), v));
        }
        return members;
    }

    private static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot encode " + value, e);
        }
    }
}
