package io.polyport.server.http;

import io.polyport.core.invoke.Caller;
import io.polyport.server.metrics.GatewayMetrics;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Optional;

/**
 * {@code /metrics} in Prometheus text format. On the main port it demands credentials of a caller holding the
 * configured permission (401 without, 403 with too little); on a separate metrics port it answers everyone.
 */
final class MetricsHandler implements HttpHandler {
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final GatewayMetrics metrics;
    private final Optional<AuthFilter> authFilter;
    private final String permission;

    private MetricsHandler(GatewayMetrics metrics, Optional<AuthFilter> authFilter, String permission) {
        this.metrics = metrics;
        this.authFilter = authFilter;
        this.permission = permission;
    }

    /** The handler for the main port: only callers holding {@code permission}. */
    static MetricsHandler protectedBy(GatewayMetrics metrics, AuthFilter authFilter, String permission) {
        return new MetricsHandler(metrics, Optional.of(authFilter), permission);
    }

    /** The handler for a separate, private port. */
    static MetricsHandler open(GatewayMetrics metrics) {
        return new MetricsHandler(metrics, Optional.empty(), null);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.dispatch(() -> {
            if (authFilter.isEmpty() || authorized(exchange)) {
                send(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
            }
        });
    }

    /** Whether the caller may read the metrics; otherwise answers 401, 403 or 429 and returns false. */
    private boolean authorized(HttpServerExchange exchange) {
        Authentication outcome = authFilter.orElseThrow().authenticate(
                exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                exchange.getSourceAddress().getAddress().getHostAddress());
        if (outcome.throttledFor().isPresent()) {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER,
                    CallerRateLimiter.retryAfterSeconds(outcome.throttledFor().get()));
            send(exchange, 429, "text/plain; charset=utf-8", "Too many failed logins.");
            return false;
        }
        Optional<Caller> caller = outcome.caller().filter(Caller::authenticated);
        if (caller.isEmpty()) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, AuthFilter.CHALLENGE);
            send(exchange, 401, "text/plain; charset=utf-8", "Authentication required.");
            return false;
        }
        AccessLog.user(exchange, caller.get().name());
        if (!caller.get().has(permission)) {
            send(exchange, 403, "text/plain; charset=utf-8", permission + " privileges are required.");
            return false;
        }
        return true;
    }

    private static void send(HttpServerExchange exchange, int status, String type, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseSender().send(body);
    }
}
