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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST for the conformance kit: every method through its derived {@code POST /rest/rpc/{method}} route with a JSON
 * array of arguments; answers are plain JSON (date-times as ISO-8601 strings, binaries as base64, at any depth),
 * failures RFC 9457 problems whose code is the HTTP status.
 */
class RestAdapter implements ProtocolAdapter {
    static final ObjectMapper JSON = new ObjectMapper();

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
        return Outcome.returned(JSON.treeToValue(body, Object.class));
    }

    /** Date-times and binaries, at any depth, as the JSON strings REST writes for them. */
    @Override
    public Object shown(String method, Object result) {
        return jsonValue(result);
    }

    @Override
    public String errorCode(ErrorCode code, Caller caller) {
        boolean challenge = code == ErrorCode.UNAUTHENTICATED
                || (code == ErrorCode.PERMISSION_DENIED && !caller.authenticated());
        return String.valueOf(challenge ? 401 : code.httpStatus());
    }

    static Object jsonValue(Object value) {
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RestAdapter::jsonValue).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> converted = new LinkedHashMap<>();
            map.forEach((k, v) -> converted.put(k, jsonValue(v)));
            return converted;
        }
        return value;
    }
}
