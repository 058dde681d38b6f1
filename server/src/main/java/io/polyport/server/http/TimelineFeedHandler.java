package io.polyport.server.http;

import io.polyport.core.error.RpcException;
import io.polyport.core.invoke.CallContext;
import io.polyport.core.invoke.Caller;
import io.polyport.core.invoke.Invoker;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /timeline.atom} (and {@code /login/timeline.atom}, which demands credentials): the newest timeline events
 * of the last {@value #DAYS} days as an Atom feed, with the caller's permissions. It reads the timeline through the
 * invoker like any client; query parameters {@code kinds} (comma-separated), {@code author}, {@code ticket} and
 * {@code page} filter it.
 */
public final class TimelineFeedHandler implements HttpHandler {
    private static final int DAYS = 30;
    private static final int ENTRIES = 200;

    private final Invoker invoker;
    private final AuthFilter auth;
    private final String baseUrl;

    /** @param baseUrl the configured public address, or null to take it from each request */
    public TimelineFeedHandler(Invoker invoker, AuthFilter auth, String baseUrl) {
        this.invoker = invoker;
        this.auth = auth;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        Authentication outcome = auth.authenticate(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                exchange.getSourceAddress().getAddress().getHostAddress());
        if (outcome.throttledFor().isPresent()) {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER,
                    Long.toString(CallerRateLimiter.retryAfterSeconds(outcome.throttledFor().get())));
            plain(exchange, 429, "Too many failed logins.");
            return;
        }
        Caller caller = outcome.caller().orElse(null);
        if (caller == null || (exchange.getRequestPath().startsWith("/login/") && !caller.authenticated())) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, AuthFilter.CHALLENGE);
            plain(exchange, 401, "Authentication required.");
            return;
        }
        CallContext context = new CallContext(caller, "Atom", UUID.randomUUID().toString().substring(0, 8));
        try {
            byte[] feed = AtomFeed.render(newest(context, filter(exchange)), base(exchange));
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/atom+xml; charset=utf-8");
            exchange.getResponseSender().send(ByteBuffer.wrap(feed));
        } catch (RpcException e) {
            plain(exchange, e.code().httpStatus(), e.getMessage());
        }
    }

    /** Pages through the window and keeps the newest entries, newest first. */
    private List<Map<String, Object>> newest(CallContext context, Map<String, Object> filter) {
        Deque<Map<String, Object>> kept = new ArrayDeque<>();
        String cursor = "";
        boolean more = true;
        while (more) {
            Map<?, ?> page = (Map<?, ?>) invoker.invoke(context, "timeline.getEvents", List.of(cursor, filter, 1000));
            for (Object event : (List<?>) page.get("events")) {
                Map<String, Object> copy = new LinkedHashMap<>();
                ((Map<?, ?>) event).forEach((k, v) -> copy.put(String.valueOf(k), v));
                kept.addFirst(copy);
                if (kept.size() > ENTRIES) {
                    kept.removeLast();
                }
            }
            cursor = String.valueOf(page.get("cursor"));
            more = Boolean.TRUE.equals(page.get("more"));
        }
        return new ArrayList<>(kept);
    }

    private static Map<String, Object> filter(HttpServerExchange exchange) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("since", Instant.now().minus(Duration.ofDays(DAYS)));
        String kinds = exchange.getQueryParameters().containsKey("kinds")
                ? exchange.getQueryParameters().get("kinds").getFirst() : null;
        if (kinds != null && !kinds.isBlank()) {
            filter.put("kinds", Arrays.stream(kinds.split(",")).map(String::strip).toList());
        }
        for (String key : List.of("author", "ticket", "page")) {
            if (exchange.getQueryParameters().containsKey(key)) {
                filter.put(key, exchange.getQueryParameters().get(key).getFirst());
            }
        }
        return filter;
    }

    private String base(HttpServerExchange exchange) {
        return baseUrl != null ? baseUrl : exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    }

    private static void plain(HttpServerExchange exchange, int status, String message) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseSender().send(message, StandardCharsets.UTF_8);
    }
}
