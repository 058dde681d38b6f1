package io.polyport.server.http;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.spi.RpcExchange;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link RpcExchange} over an Undertow exchange whose body has already been read. */
final class UndertowRpcExchange implements RpcExchange {
    private final HttpServerExchange exchange;
    private final String subPath;
    private final byte[] body;
    private final String baseUrl;
    private final CallContext context;
    private boolean responded;

    UndertowRpcExchange(HttpServerExchange exchange, String subPath, byte[] body, String baseUrl,
                        CallContext context) {
        this.exchange = exchange;
        this.subPath = subPath;
        this.body = body;
        this.baseUrl = baseUrl;
        this.context = context;
    }

    @Override
    public String requestMethod() {
        return exchange.getRequestMethod().toString();
    }

    @Override
    public String path() {
        return exchange.getRequestPath();
    }

    @Override
    public String subPath() {
        return subPath;
    }

    @Override
    public Optional<String> header(String name) {
        HeaderValues values = exchange.getRequestHeaders().get(name);
        return values == null ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, Deque<String>> entry : exchange.getQueryParameters().entrySet()) {
            parameters.put(entry.getKey(), new ArrayList<>(entry.getValue()));
        }
        return parameters;
    }

    @Override
    public byte[] body() {
        return body;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public CallContext context() {
        return context;
    }

    @Override
    public void setResponseHeader(String name, String value) {
        exchange.getResponseHeaders().add(HttpString.tryFromString(name), value);
    }

    @Override
    public void respond(int status, String contentType, byte[] responseBody) {
        if (responded) {
            throw new IllegalStateException("response already sent");
        }
        responded = true;
        exchange.setStatusCode(status);
        if (contentType != null) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        }
        exchange.setResponseContentLength(responseBody.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(responseBody));
    }

    boolean responded() {
        return responded;
    }
}
