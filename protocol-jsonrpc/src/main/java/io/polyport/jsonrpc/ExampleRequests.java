package io.polyport.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.polyport.core.registry.ExampleValues;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.spi.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example request bodies for the docs page, in the form Trac clients send ({@code {"method", "params", "id"}})
 * and in JSON-RPC 2.0's, with a placeholder ({@link ExampleValues}) for each required parameter and the declared
 * default for each optional one.
 */
final class ExampleRequests {
    private static final JsonFactory JSON = JsonFactories.create(Limits.DEFAULT);

    private ExampleRequests() {
    }

    /** Trac's 1.0-style request: {@code {"method", "params", "id"}}. */
    static String forMethod(MethodDescriptor method) {
        return write(envelope(method));
    }

    /** The JSON-RPC 2.0 request: {@code {"jsonrpc": "2.0", "method", "params", "id"}}. */
    static String version2(MethodDescriptor method) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("jsonrpc", "2.0");
        request.putAll(envelope(method));
        return write(request);
    }

    private static Map<String, Object> envelope(MethodDescriptor method) {
        List<Object> params = new ArrayList<>();
        for (ParamDescriptor param : method.params()) {
            params.add(param.optional() ? parse(param.defaultJson()) : ExampleValues.placeholder(param));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", method.name());
        request.put("params", params);
        request.put("id", 1);
        return request;
    }

    private static String write(Map<String, Object> request) {
        return new String(new ResponseWriter(JSON).writeValue(request), StandardCharsets.US_ASCII).strip();
    }

    /** A default as the neutral value a client would send; defaults are JSON literals (class hints allowed). */
    private static Object parse(String literal) {
        try (JsonParser parser = JSON.createParser(literal)) {
            parser.nextToken();
            return new ValueReader(parser).read();
        } catch (IOException e) {
            throw new UncheckedIOException("invalid default " + literal, e);
        }
    }
}
