package io.polyport.rest.http;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.spi.RpcExchange;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One REST request as the handler sees it: the effective verb (after {@code X-HTTP-Method-Override}), the
 * path segments below the mount, and the exchange for headers, query and body.
 *
 * @param exchange the underlying exchange
 * @param method   the effective HTTP verb
 * @param segments the path below the mount, split at {@code /}, without empty segments
 * @param mountUrl the absolute URL of the mount, e.g. {@code http://host:8080/rest}, for links
 */
public record RestRequest(RpcExchange exchange, String method, List<String> segments, String mountUrl) {
    private static final Set<String> OVERRIDABLE = Set.of("PUT", "PATCH", "DELETE");

    /**
     * Reads the request.
     *
     * @throws RestFailure 400 for an override that is not allowed
     */
    public static RestRequest of(RpcExchange exchange) {
        String method = exchange.requestMethod().toUpperCase(Locale.ROOT);
        String override = exchange.header("X-HTTP-Method-Override").map(s -> s.strip().toUpperCase(Locale.ROOT))
                .orElse(null);
        if (override != null) {
            if (!method.equals("POST") || !OVERRIDABLE.contains(override)) {
                throw new RestFailure(400, "X-HTTP-Method-Override may turn a POST into PUT, PATCH or DELETE only.");
            }
            method = override;
        }
        String subPath = exchange.subPath();
        List<String> segments = Arrays.stream(subPath.split("/")).filter(s -> !s.isEmpty())
                .map(RestRequest::decodeSlashes).toList();
        String path = exchange.path();
        String mount = path.endsWith(subPath) ? path.substring(0, path.length() - subPath.length()) : path;
        if (mount.endsWith("/")) {
            mount = mount.substring(0, mount.length() - 1);
        }
        return new RestRequest(exchange, method, segments, exchange.baseUrl() + mount);
    }

    /**
     * A path segment with its encoded slashes decoded: the server decodes every escape but {@code %2F} (so that it
     * cannot split a segment), which is how a name holding a slash ({@code Parent/Child}) is sent.
     */
    private static String decodeSlashes(String segment) {
        return segment.replace("%2F", "/").replace("%2f", "/");
    }

    public CallContext context() {
        return exchange.context();
    }

    public Map<String, List<String>> query() {
        return exchange.queryParameters();
    }

    public String header(String name) {
        return exchange.header(name).orElse(null);
    }

    /** The absolute URL of a path below the mount. */
    public String url(String subPath) {
        return mountUrl + subPath;
    }
}
