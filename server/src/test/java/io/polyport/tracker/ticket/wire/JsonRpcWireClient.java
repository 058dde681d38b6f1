package io.polyport.tracker.ticket.wire;

import io.polyport.server.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON-RPC with Trac's class hints, through Java's HttpClient to {@code /login/jsonrpc}. */
final class JsonRpcWireClient implements WireClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    JsonRpcWireClient(TestServer server) {
        this.server = server;
    }

    @Override
    public String name() {
        return "JSON-RPC";
    }

    @Override
    public Object call(String user, String method, Object... params) {
        ObjectNode request = NODES.objectNode();
        request.put("method", method);
        ArrayNode array = request.putArray("params");
        for (Object param : params) {
            array.add(toJson(param));
        }
        request.put("id", 7);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.uri("/login/jsonrpc").toString()))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = JSON.readTree(response.body());
            JsonNode error = body.get("error");
            if (error != null && !error.isNull()) {
                throw new Fault(error.get("code").asInt(), error.get("message").asText());
            }
            return fromJson(body.get("result"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode toJson(Object value) {
        if (value instanceof Instant instant) {
            return hint("datetime", LocalDateTime.ofInstant(instant, ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        if (value instanceof byte[] bytes) {
            return hint("binary", Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set((String) k, toJson(v)));
            return object;
        }
        return JSON.valueToTree(value);
    }

    private static JsonNode hint(String type, String text) {
        ObjectNode object = NODES.objectNode();
        object.putArray("__jsonclass__").add(type).add(text);
        return object;
    }

    private static Object fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject() && node.has("__jsonclass__")) {
            JsonNode hint = node.get("__jsonclass__");
            String text = hint.get(1).asText();
            return hint.get(0).asText().equals("binary") ? Base64.getDecoder().decode(text)
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
        if (node.isObject()) {
            Map<String, Object> struct = new LinkedHashMap<>();
            node.properties().forEach(e -> struct.put(e.getKey(), fromJson(e.getValue())));
            return struct;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(fromJson(item)));
            return list;
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isLong()) {
            return node.longValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
    }
}
