package io.polyport.rest.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete REST answer before it is written, so it can be replayed for a retried {@code Idempotency-Key}.
 *
 * @param status      the HTTP status
 * @param contentType the body's media type, or null for no body
 * @param body        the body bytes (empty for none)
 * @param headers     further response headers
 */
public record RestResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public RestResponse {
        headers = Map.copyOf(headers);
    }

    /** A response with no body. */
    public static RestResponse empty(int status, Map<String, String> headers) {
        return new RestResponse(status, null, new byte[0], headers);
    }

    /** A JSON response. */
    public static RestResponse json(int status, byte[] body, Map<String, String> headers) {
        return new RestResponse(status, JSON, body, headers);
    }

    /** A copy with one more header. */
    public RestResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RestResponse(status, contentType, body, more);
    }

    /** The body as text, for tests and logs. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
