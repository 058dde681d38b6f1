package io.polyport.core.schema;

import io.polyport.core.annotation.ResultShape;
import io.polyport.core.registry.MethodDescriptor;
import io.polyport.core.registry.ValueType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place JSON Schemas are derived from the registry's Java types, for every document that describes the
 * methods (OpenAPI's parameters and responses, OpenRPC's params and results). Records become objects with their
 * components, collections arrays of their element type, maps objects, enums strings, and a result declared with
 * {@link ResultShape} a positional array or a struct with the declared members. Schemas are plain maps and lists, ready to serialise.
 */
public final class JsonSchemas {
    /** Records nested deeper than this are described as plain objects (guards against cycles). */
    private static final int MAX_DEPTH = 6;

    /** A {@link ResultShape}'s entries, or none. */
    private record Shape(String[] tuple, String[] fields) {
    }

    private static final Shape EMPTY = new Shape(new String[0], new String[0]);

    private final SchemaStyle style;

    public JsonSchemas(SchemaStyle style) {
        this.style = style;
    }

    /** The schema of a method's result. */
    public Map<String, Object> result(MethodDescriptor method) {
        if (method.javaReturnType() == void.class || method.javaReturnType() == Void.class) {
            return integer("int32");
        }
        ResultShape shape = method.javaMethod().getAnnotation(ResultShape.class);
        return of(method.javaReturnType(), shape == null ? EMPTY : new Shape(shape.tuple(), shape.fields()), 0);
    }

    /** The schema of values of a Java type. */
    public Map<String, Object> of(Type type) {
        return of(type, EMPTY, 0);
    }

    /** The schema of a neutral type. */
    public Map<String, Object> of(ValueType type) {
        return switch (type) {
            case STRING -> typed("string");
            case INT -> integer("int32");
            case LONG -> integer("int64");
            case BOOLEAN -> typed("boolean");
            case DOUBLE -> formatted("number", "double");
            case DATETIME -> style.classHints() ? classHint("datetime") : formatted("string", "date-time");
            case BINARY -> style.classHints() ? classHint("binary") : base64();
            case ARRAY -> array(new LinkedHashMap<>());
            case STRUCT -> typed("object");
            case NIL -> typed("null");
            case ANY -> new LinkedHashMap<>();
        };
    }

    private Map<String, Object> of(Type type, Shape shape, int depth) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                return of(arguments[0], shape, depth);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return shape.tuple().length > 0 && arguments[0] == Object.class ? tuple(shape.tuple())
                        : array(of(arguments[0], shape, depth + 1));
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (arguments[1] != Object.class) {
                    Map<String, Object> object = typed("object");
                    object.put("additionalProperties", of(arguments[1], EMPTY, depth + 1));
                    return object;
                }
                return struct(shape.fields());
            }
            return of(raw, shape, depth);
        }
        if (type instanceof GenericArrayType array) {
            return array(of(array.getGenericComponentType(), shape, depth + 1));
        }
        if (!(type instanceof Class<?> c)) {
            return new LinkedHashMap<>();
        }
        if (c.isEnum()) {
            Map<String, Object> schema = typed("string");
            schema.put("enum", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
            return schema;
        }
        if (c.isRecord()) {
            return depth < MAX_DEPTH ? record(c, depth) : typed("object");
        }
        if (c.isArray() && c != byte[].class) {
            return array(of(c.getComponentType(), shape, depth + 1));
        }
        if ((c == Object.class || c == Map.class) && shape.fields().length > 0) {
            return struct(shape.fields());
        }
        return of(ValueType.of(c));
    }

    private Map<String, Object> record(Class<?> type, int depth) {
        Map<String, Object> schema = typed("object");
        schema.put("title", type.getSimpleName());
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            properties.put(component.getName(), of(component.getGenericType(), EMPTY, depth + 1));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private Map<String, Object> struct(String[] fields) {
        Map<String, Object> schema = typed("object");
        if (fields.length > 0) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (String field : fields) {
                properties.put(field.substring(field.indexOf(' ') + 1), entry(field));
            }
            schema.put("properties", properties);
        }
        return schema;
    }

    private Map<String, Object> tuple(String[] elements) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String element : elements) {
            Map<String, Object> schema = entry(element);
            schema.put("title", element.substring(element.indexOf(' ') + 1));
            items.add(schema);
        }
        Map<String, Object> schema = typed("array");
        positional(schema, items);
        return schema;
    }

    /**
     * Makes {@code array} a positional array of exactly {@code items}: 2020-12's {@code prefixItems} (with an
     * {@code items} that tools insist on, bounded by {@code maxItems}) or draft-07's array form of {@code items}.
     */
    private void positional(Map<String, Object> array, List<Map<String, Object>> items) {
        if (style.prefixItems()) {
            array.put("prefixItems", items);
            array.put("items", new LinkedHashMap<>());
        } else {
            array.put("items", items);
            array.put("additionalItems", false);
        }
        array.put("minItems", items.size());
        array.put("maxItems", items.size());
    }

    /** The schema of one {@link ResultShape} entry, {@code "<type> <name>"}. */
    private Map<String, Object> entry(String entry) {
        int space = entry.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("@ResultShape entry '" + entry + "' is not '<type> <name>'");
        }
        String signatureName = entry.substring(0, space);
        return of(Arrays.stream(ValueType.values()).filter(t -> t.signatureName().equals(signatureName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("@ResultShape: unknown type " + signatureName)));
    }

    private Map<String, Object> classHint(String kind) {
        Map<String, Object> hint = typed("array");
        positional(hint, List.of(constant(kind), typed("string")));
        Map<String, Object> schema = typed("object");
        schema.put("title", kind);
        schema.put("properties", Map.of("__jsonclass__", hint));
        schema.put("required", List.of("__jsonclass__"));
        return schema;
    }

    private static Map<String, Object> constant(String value) {
        Map<String, Object> schema = typed("string");
        schema.put("enum", List.of(value));
        return schema;
    }

    private static Map<String, Object> base64() {
        Map<String, Object> schema = typed("string");
        schema.put("contentEncoding", "base64");
        return schema;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> schema = typed("array");
        schema.put("items", items);
        return schema;
    }

    private static Map<String, Object> integer(String format) {
        return formatted("integer", format);
    }

    private static Map<String, Object> formatted(String type, String format) {
        Map<String, Object> schema = typed(type);
        schema.put("format", format);
        return schema;
    }

    private static Map<String, Object> typed(String type) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        return schema;
    }
}
