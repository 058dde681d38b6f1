package io.polyport.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.invoke.Caller;
import io.polyport.core.registry.ValueType;
import io.polyport.testkit.protocol.Outcome;
import io.polyport.testkit.protocol.ProtocolAdapter;
import io.polyport.testkit.protocol.WireRequest;
import io.polyport.testkit.protocol.WireResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST for the conformance kit: every method through its derived {@code POST /rest/rpc/{method}} route with a JSON
 * array of arguments (date-times as ISO-8601 strings, binaries as base64); answers are JSON, failures RFC 9457
 * problems whose code is the HTTP status.
 */
final class RestAdapter implements ProtocolAdapter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public WireRequest encode(String method, List<?> args) {
        try {
            return WireRequest.post("application/json", JSON.writeValueAsBytes(jsonValue(args)))
                    .withSubPath("/rpc/" + method)
                    .withHeader("Accept", "application/json");
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot encode " + args, e);
        }
    }

    @Override
    public Outcome decode(WireResponse response, ValueType returnType) throws Exception {
        JsonNode body = JSON.readTree(response.body());
        if (response.status() >= 400) {
            if (!response.contentType().startsWith("application/problem+json")) {
                throw new IllegalStateException("a failure that is not problem JSON: " + response.contentType());
            }
            return Outcome.failed(String.valueOf(body.get("status").asInt()), body.get("detail").asText());
        }
        if (response.status() != 200) {
            throw new IllegalStateException("a call answers 200, not " + response.status());
        }
        return Outcome.returned(switch (returnType) {
            case DATETIME -> Instant.parse(body.asText());
            case BINARY -> Base64.getDecoder().decode(body.asText());
            default -> neutral(body);
        });
    }

    @Override
    public String errorCode(ErrorCode code, Caller caller) {
        boolean challenge = code == ErrorCode.UNAUTHENTICATED
                || (code == ErrorCode.PERMISSION_DENIED && !caller.authenticated());
        return String.valueOf(challenge ? 401 : code.httpStatus());
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RestAdapter::jsonValue).toList();
        }
        return value;
    }

    private static Object neutral(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> struct = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                struct.put(member.getKey(), neutral(member.getValue()));
            }
            return struct;
        }
        if (node.isArray()) {
            List<Object> array = new ArrayList<>();
            node.forEach(item -> array.add(neutral(item)));
            return array;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.numberValue() : node.booleanValue();
    }
}
