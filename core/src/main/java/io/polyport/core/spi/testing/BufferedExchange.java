package io.polyport.core.spi.testing;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.spi.RpcExchange;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory {@link RpcExchange} for testing a protocol without a server: set up the request, hand it to
 * {@link io.polyport.core.spi.Protocol#handle}, then read {@link #status()}, {@link #responseHeaders()} and
 * {@link #responseBody()}.
 */
public final class BufferedExchange implements RpcExchange {
    private final String method;
    private final String path;
    private final String subPath;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private final byte[] body;
    private final CallContext context;
    private final Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private int status;
    private String responseContentType;
    private byte[] responseBody;

    public BufferedExchange(String method, String path, String subPath, byte[] body, CallContext context) {
        this.method = method;
        this.path = path;
        this.subPath = subPath;
        this.body = body.clone();
        this.context = context;
    }

    /** A POST to {@code path} with a text body of the given content type. */
    public static BufferedExchange post(String path, String contentType, String body, CallContext context) {
        return new BufferedExchange("POST", path, "", body.getBytes(StandardCharsets.UTF_8), context)
                .withHeader("Content-Type", contentType);
    }

    public BufferedExchange withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public BufferedExchange withQuery(String name, String value) {
        query.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        return this;
    }

    @Override
    public String requestMethod() {
        return method;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String subPath() {
        return subPath;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        return query;
    }

    @Override
    public byte[] body() {
        return body;
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1";
    }

    @Override
    public CallContext context() {
        return context;
    }

    @Override
    public void setResponseHeader(String name, String value) {
        responseHeaders.put(name, value);
    }

    @Override
    public void respond(int status, String contentType, byte[] body) {
        if (responseBody != null) {
            throw new IllegalStateException("responded twice");
        }
        this.status = status;
        this.responseContentType = contentType;
        this.responseBody = body.clone();
    }

    public int status() {
        return status;
    }

    public String responseContentType() {
        return responseContentType;
    }

    public Map<String, String> responseHeaders() {
        return responseHeaders;
    }

    public byte[] responseBody() {
        return responseBody;
    }

    public String responseText() {
        return new String(responseBody, StandardCharsets.UTF_8);
    }
}
