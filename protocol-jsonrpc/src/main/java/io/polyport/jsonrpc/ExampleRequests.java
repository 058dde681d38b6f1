package io.polyport.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ParamDescriptor;
import io.polyport.core.spi.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example request bodies for the docs page, in the form Trac clients send: {@code {"method", "params", "id"}}
 * with a placeholder for each required parameter and the declared default for each optional one.
 */
final class ExampleRequests {
    private static final Instant SAMPLE_TIME = Instant.parse("2026-05-01T12:00:00Z");

    private static final JsonFactory JSON = JsonFactories.create(Limits.DEFAULT);

    private ExampleRequests() {
    }

    static String forMethod(MethodDescriptor method) {
        List<Object> params = new ArrayList<>();
        for (ParamDescriptor param : method.params()) {
            params.add(param.optional() ? parse(param.defaultJson()) : placeholder(param));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", method.name());
        request.put("params", params);
        request.put("id", 1);
        return new String(new ResponseWriter(JSON).writeValue(request), StandardCharsets.US_ASCII).strip();
    }

    /** A default as the neutral value a client would send; defaults are JSON literals. */
    private static Object parse(String literal) {
        try (JsonParser parser = JSON.createParser(literal)) {
            parser.nextToken();
            return new ValueReader(parser).read();
        } catch (IOException e) {
            throw new UncheckedIOException("invalid default " + literal, e);
        }
    }

    private static Object placeholder(ParamDescriptor param) {
        return switch (param.valueType()) {
            case STRING -> param.name();
            case INT, LONG -> 1;
            case BOOLEAN -> Boolean.TRUE;
            case DOUBLE -> 1.5;
            case DATETIME -> SAMPLE_TIME;
            case BINARY -> new byte[] {'h', 'e', 'l', 'l', 'o'};
            case ARRAY -> List.of();
            case STRUCT -> Map.of();
            case NIL, ANY -> null;
        };
    }
}
