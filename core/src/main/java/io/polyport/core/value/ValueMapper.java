package io.polyport.core.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.polyport.core.registry.ValueType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between the neutral value set ({@code String}, {@code Integer}, {@code Long}, {@code Boolean},
 * {@code Double}, {@link Instant}, {@code byte[]}, {@code List}, {@code Map<String, ?>}, {@code null}) and the
 * ordinary Java types services use (records, enums, collections, {@code Optional}), once, for every protocol.
 * Conversions go through Jackson; date-times and binaries travel as embedded objects so they keep their type.
 */
public final class ValueMapper {
    private final ObjectMapper mapper;

    public ValueMapper() {
        SimpleModule neutral = new SimpleModule("polyport-neutral-values");
        neutral.addSerializer(Instant.class, new EmbeddedSerializer<>(Instant.class));
        neutral.addSerializer(Date.class, new EmbeddedSerializer<>(Date.class));
        neutral.addDeserializer(Instant.class, new InstantDeserializer());
        this.mapper = JsonMapper.builder()
                .addModule(neutral)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * Converts a neutral value to {@code type}, leniently where clients rely on it ({@code "1"} for an int).
     *
     * @throws IllegalArgumentException when the value cannot be converted; the message says why
     */
    public Object toJava(Object value, Type type) {
        if (type == Object.class) {
            return value;
        }
        if (value == null) {
            if (type instanceof Class<?> c && c.isPrimitive()) {
                throw new IllegalArgumentException("a value is required, got nil");
            }
            return type instanceof ParameterizedType p && p.getRawType() == Optional.class ? Optional.empty() : null;
        }
        if (isUntypedContainerOf(type, value) || (type instanceof Class<?> c && c.isInstance(value))) {
            return value;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return Optional.ofNullable(toJava(value, p.getActualTypeArguments()[0]));
        }
        if (type == Instant.class && value instanceof String text) {
            return DateTimes.parse(text);
        }
        JavaType javaType = mapper.constructType(type);
        if (javaType.isPrimitive() || javaType.isTypeOrSubTypeOf(Number.class)
                || javaType.hasRawClass(String.class) || javaType.hasRawClass(Boolean.class)) {
            if (value instanceof Map || value instanceof List || value instanceof byte[]) {
                throw new IllegalArgumentException("expected " + describe(javaType) + ", got " + describeValue(value));
            }
        }
        try {
            return mapper.convertValue(value, javaType);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected " + describe(javaType) + ", got " + describeValue(value), e);
        }
    }

    /** Parses a parameter default written as a JSON literal into {@code type}. */
    public Object parseDefault(String json, Type type) {
        try {
            return toJava(mapper.readValue(json, Object.class), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid default value " + json, e);
        }
    }

    /** Converts a service's result to a neutral value. */
    public Object toValue(Object result) {
        if (isNeutralScalar(result)) {
            return result;
        }
        if (result instanceof Optional<?> optional) {
            return toValue(optional.orElse(null));
        }
        if (result instanceof Map<?, ?> map) {
            if (isNeutralStruct(map)) {
                return map;
            }
            Map<String, Object> struct = new LinkedHashMap<>(map.size() * 2);
            map.forEach((k, v) -> struct.put(String.valueOf(k), toValue(v)));
            return struct;
        }
        if (result instanceof Collection<?> collection) {
            List<Object> array = new ArrayList<>(collection.size());
            for (Object item : collection) {
                array.add(toValue(item));
            }
            return array;
        }
        if (result instanceof Short || result instanceof Byte) {
            return ((Number) result).intValue();
        }
        if (result instanceof Float f) {
            return f.doubleValue();
        }
        if (result instanceof Enum<?> e) {
            return e.name();
        }
        if (result instanceof Date date) {
            return date.toInstant();
        }
        if (result instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (result instanceof ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        return mapper.convertValue(result, Object.class);
    }

    private static boolean isNeutralScalar(Object value) {
        return value == null || value instanceof String || value instanceof Integer || value instanceof Boolean
                || value instanceof Long || value instanceof Double || value instanceof Instant
                || value instanceof byte[];
    }

    /** A map with string keys and scalar neutral values needs no copy (the common ticket or page struct). */
    private static boolean isNeutralStruct(Map<?, ?> map) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String) || !isNeutralScalar(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUntypedContainerOf(Type type, Object value) {
        if (!(type instanceof ParameterizedType p) || !(p.getRawType() instanceof Class<?> raw)) {
            return false;
        }
        if (!raw.isInstance(value)) {
            return false;
        }
        for (Type argument : p.getActualTypeArguments()) {
            if (argument != Object.class && argument != String.class && !(argument instanceof WildcardType)) {
                return false;
            }
        }
        return value instanceof Map<?, ?> || (value instanceof List<?> && p.getActualTypeArguments()[0] == Object.class);
    }

    private static String describe(JavaType type) {
        Type t = type.getRawClass();
        return ValueType.of(t).signatureName();
    }

    private static String describeValue(Object value) {
        String type = ValueType.of(value.getClass()).signatureName();
        if (value instanceof String s) {
            return type + " '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return type + " " + value;
        }
        return type;
    }

    /** Writes date-times and binaries as embedded objects, so a conversion keeps them as they are. */
    private static final class EmbeddedSerializer<T> extends StdScalarSerializer<T> {
        private static final long serialVersionUID = 1L;

        EmbeddedSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeEmbeddedObject(value instanceof Date date ? date.toInstant() : value);
        }
    }

    /** Reads an instant from an embedded instant, an ISO-8601-like string or epoch seconds. */
    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
                Object embedded = p.getEmbeddedObject();
                if (embedded instanceof Instant instant) {
                    return instant;
                }
                if (embedded instanceof Date date) {
                    return date.toInstant();
                }
            } else if (token == JsonToken.VALUE_STRING) {
                try {
                    return DateTimes.parse(p.getText());
                } catch (IllegalArgumentException e) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(), e.getMessage());
                }
            } else if (token == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(p.getLongValue());
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
    }
}
