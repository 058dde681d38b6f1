package io.polyport.server.http;

import io.polyport.server.metrics.GatewayMetrics;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each request its id and, when the exchange completes, records it: the HTTP metric, and one line on the
 * {@code polyport.access} logger with client address, user, method, path, status, bytes sent, duration and request
 * id. The same facts (plus the protocol and the RPC method) are attached as key-value pairs, which the JSON log
 * format writes as fields.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("polyport.access");
    private static final AttachmentKey<String> REQUEST_ID = AttachmentKey.create(String.class);
    private static final AttachmentKey<String> USER = AttachmentKey.create(String.class);
    private static final AttachmentKey<String> PROTOCOL = AttachmentKey.create(String.class);
    private static final AttachmentKey<String> RPC_METHOD = AttachmentKey.create(String.class);
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final String NONE = "-";

    private AccessLog() {
    }

    /** Starts recording {@code exchange} and gives it a request id. */
    static void begin(HttpServerExchange exchange, GatewayMetrics metrics) {
        String requestId = Long.toString(REQUESTS.incrementAndGet(), 36);
        exchange.putAttachment(REQUEST_ID, requestId);
        long start = System.nanoTime();
        exchange.addExchangeCompleteListener((ex, next) -> {
            long nanos = System.nanoTime() - start;
            metrics.httpResponse(orNone(ex.getAttachment(PROTOCOL)), ex.getStatusCode(), nanos);
            if (LOG.isInfoEnabled()) {
                write(ex, requestId, nanos);
            }
            next.proceed();
        });
    }

    private static void write(HttpServerExchange ex, String requestId, long nanos) {
        String address = ex.getSourceAddress().getAddress().getHostAddress();
        String user = orNone(ex.getAttachment(USER));
        long micros = nanos / 1000;
        LOG.atInfo()
                .addKeyValue("requestId", requestId)
                .addKeyValue("address", address)
                .addKeyValue("user", user)
                .addKeyValue("protocol", orNone(ex.getAttachment(PROTOCOL)))
                .addKeyValue("rpcMethod", orNone(ex.getAttachment(RPC_METHOD)))
                .addKeyValue("httpMethod", ex.getRequestMethod().toString())
                .addKeyValue("path", ex.getRequestPath())
                .addKeyValue("status", ex.getStatusCode())
                .addKeyValue("bytes", ex.getResponseBytesSent())
                .addKeyValue("durationMicros", micros)
                .log("{} {} \"{} {}\" {} {} {}us rid={}", address, user, ex.getRequestMethod(), ex.getRequestPath(),
                        ex.getStatusCode(), ex.getResponseBytesSent(), micros, requestId);
    }

    /** The id {@link #begin} gave the request. */
    static String requestId(HttpServerExchange exchange) {
        return exchange.getAttachment(REQUEST_ID);
    }

    static void user(HttpServerExchange exchange, String name) {
        exchange.putAttachment(USER, name);
    }

    static void protocol(HttpServerExchange exchange, String name) {
        exchange.putAttachment(PROTOCOL, name);
    }

    static void rpcMethod(HttpServerExchange exchange, String name) {
        exchange.putAttachment(RPC_METHOD, name);
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }
}
