package io.polyport.server.http;

import io.undertow.server.HttpServerExchange;
import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads a request body on the I/O thread without blocking, up to a limit. A body that declares a larger
 * {@code Content-Length}, or a chunked body that grows past the limit, is refused as soon as that is known,
 * with a proper response rather than a dropped connection.
 */
final class BodyReader {
    private BodyReader() {
    }

    /**
     * Reads the body of {@code exchange}, then calls {@code onBody}; or calls {@code onTooBig} once the body
     * is known to exceed {@code limit} bytes, or {@code onError} when reading fails.
     */
    static void read(HttpServerExchange exchange, long limit, BiConsumer<HttpServerExchange, byte[]> onBody,
                     Consumer<HttpServerExchange> onTooBig, Consumer<HttpServerExchange> onError) {
        long declared = exchange.getRequestContentLength();
        if (declared > limit) {
            onTooBig.accept(exchange);
            return;
        }
        if (declared >= 0) {
            exchange.getRequestReceiver().receiveFullBytes(onBody::accept, (ex, failure) -> onError.accept(ex));
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        exchange.getRequestReceiver().receivePartialBytes((ex, chunk, last) -> {
            if (body.size() + chunk.length > limit) {
                ex.getRequestReceiver().pause();
                onTooBig.accept(ex);
                return;
            }
            body.writeBytes(chunk);
            if (last) {
                onBody.accept(ex, body.toByteArray());
            }
        }, (ex, failure) -> onError.accept(ex));
    }
}
