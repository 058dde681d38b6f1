package io.polyport.rest.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cross-origin headers for browser callers from the configured origins: every answer to an allowed
 * {@code Origin} names it, and a preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is
 * answered without authentication. Other origins get no CORS headers, so browsers keep their pages out.
 */
final class Cors {
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, "
            + "Idempotency-Key, X-HTTP-Method-Override";
    static final String EXPOSED_HEADERS = "ETag, Location, Link, X-Total-Count, Allow, Idempotency-Replayed, "
            + "WWW-Authenticate, Retry-After";

    private final RestSettings settings;

    Cors(RestSettings settings) {
        this.settings = settings;
    }

    /** Whether the request is a CORS preflight. */
    static boolean isPreflight(RestRequest request) {
        return request.exchange().requestMethod().equals("OPTIONS") && request.header("Origin") != null
                && request.header("Access-Control-Request-Method") != null;
    }

    /** The headers every response to this request carries. */
    Map<String, String> headers(RestRequest request) {
        return headers(request.header("Origin"));
    }

    /** The headers every response to a request from {@code origin} (null when not sent) carries. */
    Map<String, String> headers(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (origin == null || !settings.allowsOrigin(origin)) {
            return headers;
        }
        headers.put("Vary", "Origin");
        headers.put("Access-Control-Allow-Origin", settings.allowedOrigins().contains("*") ? "*" : origin);
        if (!settings.allowedOrigins().contains("*")) {
            headers.put("Access-Control-Allow-Credentials", "true");
        }
        headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        return headers;
    }

    /** The answer to a preflight: 204 with the allowed verbs and headers, or 403 for an origin not allowed. */
    RestResponse preflight(RestRequest request, String allow) {
        if (!settings.allowsOrigin(request.header("Origin"))) {
            throw new RestFailure(403, "Origin '" + request.header("Origin") + "' may not call this API.");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Methods", allow);
        headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        headers.put("Access-Control-Max-Age", "86400");
        headers.put("Allow", allow);
        return RestResponse.empty(204, headers);
    }
}
