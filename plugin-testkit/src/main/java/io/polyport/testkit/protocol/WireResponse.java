package io.polyport.testkit.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer a protocol gave, as a client receives it.
 *
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type}
 * @param headers     the other response headers, keys in any case
 * @param body        the body
 */
public record WireResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
    public WireResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The body decoded as UTF-8 (invalid bytes replaced). */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A response header, ignoring the case of its name; null when absent. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
