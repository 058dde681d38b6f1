package io.polyport.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.function.IntSupplier;

/** Answers plain HTTP with a permanent redirect (308, method and body kept) to the same URL over HTTPS. */
final class HttpsRedirect implements HttpHandler {
    private final IntSupplier httpsPort;

    HttpsRedirect(IntSupplier httpsPort) {
        this.httpsPort = httpsPort;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String host = exchange.getHostName();
        int port = httpsPort.getAsInt();
        String authority = (host.contains(":") ? "[" + host + "]" : host) + (port == 443 ? "" : ":" + port);
        String query = exchange.getQueryString();
        exchange.setStatusCode(308);
        exchange.getResponseHeaders().put(Headers.LOCATION,
                "https://" + authority + exchange.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
        exchange.setPersistent(false);
        exchange.endExchange();
    }
}
