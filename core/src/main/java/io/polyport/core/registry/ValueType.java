package io.polyport.core.registry;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * The neutral value set every protocol can carry: the XML-RPC types plus {@code i8} and {@code nil}.
 * {@link #signatureName()} is the name {@code system.methodSignature} uses (Trac's spelling).
 */
public enum ValueType {
    STRING("string"),
    INT("int"),
    LONG("i8"),
    BOOLEAN("boolean"),
    DOUBLE("double"),
    DATETIME("DateTime"),
    BINARY("Binary"),
    ARRAY("array"),
    STRUCT("struct"),
    NIL("nil"),
    /** A value whose type depends on the call (e.g. a struct, or 0 when absent). */
    ANY("any");

    private final String signatureName;

    ValueType(String signatureName) {
        this.signatureName = signatureName;
    }

    public String signatureName() {
        return signatureName;
    }

    /** The neutral type a Java type is carried as. */
    public static ValueType of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == Optional.class) {
                return of(parameterized.getActualTypeArguments()[0]);
            }
            return of(raw);
        }
        if (type instanceof GenericArrayType) {
            return ARRAY;
        }
        if (!(type instanceof Class<?> c)) {
            return ANY;
        }
        if (c == void.class || c == Void.class || c == int.class || c == Integer.class || c == short.class
                || c == Short.class || c == byte.class || c == Byte.class) {
            return INT;
        }
        if (c == long.class || c == Long.class) {
            return LONG;
        }
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class
                || Number.class.isAssignableFrom(c)) {
            return DOUBLE;
        }
        if (c == String.class || c.isEnum() || CharSequence.class.isAssignableFrom(c)) {
            return STRING;
        }
        if (c == Instant.class || c == Date.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return DATETIME;
        }
        if (c == byte[].class) {
            return BINARY;
        }
        if (c.isArray() || Collection.class.isAssignableFrom(c)) {
            return ARRAY;
        }
        if (c == Object.class) {
            return ANY;
        }
        if (Map.class.isAssignableFrom(c) || c.isRecord() || !c.isPrimitive()) {
            return STRUCT;
        }
        return ANY;
    }
}
