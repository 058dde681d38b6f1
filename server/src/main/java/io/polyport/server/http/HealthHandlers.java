package io.polyport.server.http;

import io.polyport.server.storage.Database;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health/live} (the process answers) and {@code /health/ready} (the database answers and holds every
 * migration), for load balancers and orchestrators. Both are open to anonymous callers and say only
 * {@code ok} or {@code unavailable}; why the server is not ready goes to the log, once per change.
 */
final class HealthHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(HealthHandlers.class);

    private HealthHandlers() {
    }

    static HttpHandler live() {
        return exchange -> answer(exchange, true);
    }

    static HttpHandler ready(Database database) {
        AtomicBoolean lastReady = new AtomicBoolean(true);
        return exchange -> exchange.dispatch(() -> {
            boolean ready = database.ready();
            if (lastReady.getAndSet(ready) != ready) {
                if (ready) {
                    LOG.info("ready again: the database answers and is migrated");
                } else {
                    LOG.warn("not ready: the database does not answer or is not migrated");
                }
            }
            answer(exchange, ready);
        });
    }

    private static void answer(HttpServerExchange exchange, boolean ok) {
        exchange.setStatusCode(ok ? 200 : 503);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ok ? "ok" : "unavailable");
    }
}
