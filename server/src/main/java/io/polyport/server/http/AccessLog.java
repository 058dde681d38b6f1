package io.polyport.server.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request on the {@code polyport.access} logger, written when the exchange completes:
 * client address, user, method, path, status, bytes sent, duration and request id.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("polyport.access");
    private static final AttachmentKey<String> USER = AttachmentKey.create(String.class);

    private AccessLog() {
    }

    static void begin(HttpServerExchange exchange, String requestId) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long start = System.nanoTime();
        exchange.addExchangeCompleteListener((ex, next) -> {
            String user = ex.getAttachment(USER);
            LOG.info("{} {} \"{} {}\" {} {} {}us rid={}", ex.getSourceAddress().getAddress().getHostAddress(),
                    user == null ? "-" : user, ex.getRequestMethod(), ex.getRequestPath(), ex.getStatusCode(),
                    ex.getResponseBytesSent(), (System.nanoTime() - start) / 1000, requestId);
            next.proceed();
        });
    }

    static void user(HttpServerExchange exchange, String name) {
        exchange.putAttachment(USER, name);
    }
}
