package io.polyport.testkit.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.polyport.core.error.ErrorCode;
import io.polyport.core.error.RpcException;
import io.polyport.core.spi.Limits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire format of the kit's reference protocol: JSON, date-times as {@code {"$datetime": ISO}}, binaries as
 * {@code {"$binary": base64}}. Shared by the protocol and its adapter.
 */
final class KitJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KitJson() {
    }

    static ObjectMapper mapper(Limits limits) {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth()).maxStringLength(limits.maxStringLength()).build())
                .build()).build();
    }

    /** The neutral value a node holds; {@code strict} refuses numbers no neutral value holds. */
    static Object neutral(JsonNode node, boolean strict) {
        if (node.isObject() && node.has("$datetime")) {
            return Instant.parse(node.get("$datetime").asText());
        }
        if (node.isObject() && node.has("$binary")) {
            return Base64.getDecoder().decode(node.get("$binary").asText());
        }
        if (node.isObject()) {
            Map<String, Object> struct = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                struct.put(member.getKey(), neutral(member.getValue(), strict));
            }
            return struct;
        }
        if (node.isArray()) {
            List<Object> array = new ArrayList<>();
            node.forEach(item -> array.add(neutral(item, strict)));
            return array;
        }
        if (node.isBigInteger() && strict) {
            throw new RpcException(ErrorCode.INVALID_PARAMS, "integer out of range");
        }
        if (node.isFloatingPointNumber() && strict && !Double.isFinite(node.doubleValue())) {
            throw new RpcException(ErrorCode.PARSE_ERROR, "number out of range");
        }
        if (node.isNumber()) {
            return node.isFloatingPointNumber() ? node.doubleValue() : node.numberValue();
        }
        return node.isTextual() ? node.asText() : node.isNull() ? null : node.booleanValue();
    }

    /** The node carrying a neutral value. */
    static JsonNode node(Object value) {
        if (value instanceof Instant instant) {
            return NODES.objectNode().put("$datetime", instant.toString());
        }
        if (value instanceof byte[] bytes) {
            return NODES.objectNode().put("$binary", Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), node(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            return NODES.arrayNode().addAll(list.stream().map(KitJson::node).toList());
        }
        return new ObjectMapper().valueToTree(value);
    }
}
