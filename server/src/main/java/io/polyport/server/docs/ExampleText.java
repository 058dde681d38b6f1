package io.polyport.server.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.polyport.core.spi.ExampleRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Example calls as text for the docs page: a protocol's request with its request line and headers, the same as a
 * {@code curl} command, arguments as Python literals for {@code xmlrpc.client} and as JSON for the try-it form.
 */
final class ExampleText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter XMLRPC_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private ExampleText() {
    }

    /** The request as it goes over the wire: request line, Content-Type, blank line, body. */
    static String request(ExampleRequest example, String base) {
        StringBuilder text = new StringBuilder(example.httpMethod()).append(' ').append(base).append(example.path())
                .append(" HTTP/1.1");
        if (!example.contentType().isEmpty()) {
            text.append("\nContent-Type: ").append(example.contentType());
        }
        if (!example.body().isEmpty()) {
            text.append("\n\n").append(example.body());
        }
        return text.toString();
    }

    /** The request as a {@code curl} command against {@code baseUrl}, with credentials to fill in. */
    static String curl(ExampleRequest example, String baseUrl) {
        StringBuilder curl = new StringBuilder("curl -u USER:PASSWORD");
        if (!example.httpMethod().equals("GET") && (example.body().isEmpty() || !example.httpMethod().equals("POST"))) {
            curl.append(" -X ").append(example.httpMethod());
        }
        if (!example.contentType().isEmpty()) {
            curl.append(" -H ").append(shellQuote("Content-Type: " + example.contentType()));
        }
        if (!example.body().isEmpty()) {
            curl.append(" \\\n     --data-binary ").append(shellQuote(example.body()));
        }
        return curl.append(" \\\n     ").append(shellQuote(baseUrl + "/login" + example.path())).toString();
    }

    /** The call with Python's {@code xmlrpc.client}, on a {@code ServerProxy} named {@code server}. */
    static String python(String method, List<Object> arguments) {
        return "server." + method + "(" + arguments.stream().map(ExampleText::pythonLiteral)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** A value as JSON, date-times as ISO-8601 strings and binaries as base64, for try-it's inputs. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value instanceof Instant instant ? instant.toString() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String pythonLiteral(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof Instant instant) {
            return "DateTime(\"" + XMLRPC_TIME.format(instant) + "\")";
        }
        if (value instanceof byte[] bytes) {
            return "Binary(base64.b64decode(\"" + Base64.getEncoder().encodeToString(bytes) + "\"))";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ExampleText::pythonLiteral).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> json(String.valueOf(e.getKey())) + ": " + pythonLiteral(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return json(value);
    }

    private static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
