package io.polyport.plugins.rt.http;

import io.polyport.core.invoke.CallContext;
import io.polyport.core.spi.RpcExchange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One REST 1.0 request, read: the path below {@code /REST/1.0} as segments, the parameters from the query string
 * and the form body together (RT reads both alike), the uploaded files, the cookies and the call's context.
 */
public final class RtRequest {
    private final String method;
    private final List<String> path;
    private final Map<String, List<String>> params;
    private final Map<String, Upload> uploads;
    private final Map<String, String> cookies;
    private final CallContext context;

    private RtRequest(String method, List<String> path, Map<String, List<String>> params,
                      Map<String, Upload> uploads, Map<String, String> cookies, CallContext context) {
        this.method = method;
        this.path = path;
        this.params = params;
        this.uploads = uploads;
        this.cookies = cookies;
        this.context = context;
    }

    /**
     * Reads {@code exchange}.
     *
     * @throws BadRequestException when the body is not a readable form
     */
    public static RtRequest read(RpcExchange exchange) {
        FormBody form = FormBody.read(exchange.contentType(), exchange.body());
        Map<String, List<String>> params = new LinkedHashMap<>();
        exchange.queryParameters().forEach((name, values) -> params.put(name, new ArrayList<>(values)));
        form.fields.forEach((name, values) -> params.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        List<String> path = Arrays.stream(exchange.subPath().split("/")).filter(s -> !s.isEmpty()).toList();
        return new RtRequest(exchange.requestMethod(), path, params, form.uploads,
                cookies(exchange.header("Cookie").orElse("")), exchange.context());
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String pair : header.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.putIfAbsent(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return cookies;
    }

    public String method() {
        return method;
    }

    public boolean isPost() {
        return method.equals("POST");
    }

    /** The path below {@code /REST/1.0}, e.g. {@code [ticket, 2, show]}. */
    public List<String> path() {
        return path;
    }

    /** The first value of a query or form parameter. */
    public Optional<String> param(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The uploaded file of form field {@code field} ({@code attachment_1}, ...). */
    public Optional<Upload> upload(String field) {
        return Optional.ofNullable(uploads.get(field));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public CallContext context() {
        return context;
    }
}
