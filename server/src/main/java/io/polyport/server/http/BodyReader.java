package io.polyport.server.http;

import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.IoUtils;

/**
 * Reads a request body on the I/O thread without blocking, up to a limit and within two timeouts: a body that
 * sends nothing for {@code idle}, or is not complete after {@code total}, has its connection closed, so stalled
 * uploads cannot hold sockets. A body that declares a larger {@code Content-Length}, or a chunked body that grows
 * past the limit, is refused as soon as that is known, with a proper response rather than a dropped connection;
 * when the rest of a refused body is drained after the response, that too is bounded by the total timeout.
 */
final class BodyReader {
    private static final Logger LOG = LoggerFactory.getLogger(BodyReader.class);
    private static final int INITIAL_BUFFER = 8192;

    private final long limit;
    private final long idleNanos;
    private final long totalNanos;

    BodyReader(long limit, Duration idle, Duration total) {
        this.limit = limit;
        this.idleNanos = idle.toNanos();
        this.totalNanos = total.toNanos();
    }

    long limit() {
        return limit;
    }

    /**
     * Reads the body of {@code exchange}, then calls {@code onBody}; or calls {@code onTooBig} once the body
     * is known to exceed the limit, or {@code onError} when reading fails.
     */
    void read(HttpServerExchange exchange, BiConsumer<HttpServerExchange, byte[]> onBody,
              Consumer<HttpServerExchange> onTooBig, Consumer<HttpServerExchange> onError) {
        long declared = exchange.getRequestContentLength();
        if (declared > limit) {
            // a refused body may still be drained after the 413: bound that by the total time alone
            Progress drain = new Progress(exchange, System.nanoTime(), totalNanos);
            exchange.addExchangeCompleteListener((ex, next) -> {
                drain.done = true;
                next.proceed();
            });
            drain.watch();
            onTooBig.accept(exchange);
            return;
        }
        Progress progress = new Progress(exchange, System.nanoTime(), idleNanos);
        progress.watch();
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                (int) Math.min(Math.max(declared, 0), INITIAL_BUFFER));
        exchange.getRequestReceiver().receivePartialBytes((ex, chunk, last) -> {
            progress.lastRead = System.nanoTime();
            if (body.size() + chunk.length > limit) {
                progress.done = true;
                ex.getRequestReceiver().pause();
                onTooBig.accept(ex);
                return;
            }
            body.writeBytes(chunk);
            if (last) {
                progress.done = true;
                onBody.accept(ex, body.toByteArray());
            }
        }, (ex, failure) -> {
            progress.done = true;
            onError.accept(ex);
        });
    }

    /** Watches one body being read, on the connection's I/O thread, and closes the connection when it stalls. */
    private final class Progress {
        private final HttpServerExchange exchange;
        private final long started;
        private final long idleLimit;
        private volatile long lastRead;
        private volatile boolean done;

        Progress(HttpServerExchange exchange, long started, long idleLimit) {
            this.exchange = exchange;
            this.started = started;
            this.idleLimit = idleLimit;
            this.lastRead = started;
        }

        void watch() {
            long now = System.nanoTime();
            long next = Math.min(lastRead + idleLimit, started + totalNanos) - now;
            exchange.getIoThread().executeAfter(this::check, Math.max(next, TimeUnit.MILLISECONDS.toNanos(1)),
                    TimeUnit.NANOSECONDS);
        }

        private void check() {
            if (done) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastRead >= idleLimit || now - started >= totalNanos) {
                done = true;
                LOG.info("request {}: request body from {} stalled or too slow; connection closed",
                        AccessLog.requestId(exchange), exchange.getSourceAddress().getAddress().getHostAddress());
                IoUtils.safeClose(exchange.getConnection());
                return;
            }
            watch();
        }
    }
}
