package io.polyport.core.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Example arguments for a method, as neutral values: the declared default of each optional parameter and a
 * placeholder of the right type for each required one. Documentation (example requests, the docs page's forms)
 * uses them, so every protocol shows the same call.
 */
public final class ExampleValues {
    /** The date-time placeholders use. */
    public static final Instant SAMPLE_TIME = Instant.parse("2026-05-01T12:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleValues() {
    }

    /** One value per parameter, in order. */
    public static List<Object> arguments(MethodDescriptor method) {
        List<Object> arguments = new ArrayList<>(method.params().size());
        for (ParamDescriptor param : method.params()) {
            arguments.add(param.optional() ? parseDefault(param.defaultJson()) : placeholder(param));
        }
        return arguments;
    }

    /** A default as written in {@code @Param} (a JSON literal) as a plain value. */
    public static Object parseDefault(String literal) {
        try {
            return JSON.readValue(literal, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invalid default " + literal, e);
        }
    }

    /** A value of the parameter's type: its name for strings, 1 for numbers, and so on. */
    public static Object placeholder(ParamDescriptor param) {
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
