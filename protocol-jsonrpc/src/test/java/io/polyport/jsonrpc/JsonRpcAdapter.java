package io.polyport.jsonrpc;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON-RPC for the conformance kit: Trac-style requests with class hints, answers read with Jackson's tree. */
final class JsonRpcAdapter implements ProtocolAdapter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public WireRequest encode(String method, List<?> args) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", method);
        request.put("params", hinted(args));
        request.put("id", 1);
        try {
            return WireRequest.post("application/json", JSON.writeValueAsBytes(request));
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot encode " + args, e);
        }
    }

    @Override
    public Outcome decode(WireResponse response, ValueType returnType) throws Exception {
        if (response.status() != 200) {
            throw new IllegalStateException("JSON-RPC answers with HTTP 200, not " + response.status());
        }
        JsonNode answer = JSON.readTree(response.body());
        JsonNode error = answer.get("error");
        if (error != null && !error.isNull()) {
            return Outcome.failed(error.get("code").asText(), error.get("message").asText());
        }
        if (!answer.has("result")) {
            throw new IllegalStateException("neither result nor error");
        }
        return Outcome.returned(neutral(answer.get("result")));
    }

    @Override
    public String errorCode(ErrorCode code, Caller caller) {
        return String.valueOf(code.faultCode() == 1 ? -32603 : code.faultCode());
    }

    private static Object hinted(Object value) {
        if (value instanceof Instant instant) {
            return Map.of(ClassHints.KEY, List.of(ClassHints.DATETIME, ClassHints.formatDateTime(instant)));
        }
        if (value instanceof byte[] bytes) {
            return Map.of(ClassHints.KEY, List.of(ClassHints.BINARY, Base64.getEncoder().encodeToString(bytes)));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonRpcAdapter::hinted).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> hintedMap = new LinkedHashMap<>();
            map.forEach((k, v) -> hintedMap.put(k, hinted(v)));
            return hintedMap;
        }
        return value;
    }

    private static Object neutral(JsonNode node) {
        if (node.isObject() && node.path(ClassHints.KEY).isArray()) {
            return ClassHints.decode(JSON.convertValue(node.get(ClassHints.KEY), List.class));
        }
        if (node.isObject()) {
            Map<String, Object> struct = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
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
